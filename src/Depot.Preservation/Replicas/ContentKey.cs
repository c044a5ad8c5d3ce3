namespace Depot.Preservation.Replicas;

/// <summary>Contents are addressed by lower-case hex SHA-256, which is also what keeps store paths safe.</summary>
internal static class ContentKey
{
    public static void Check(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f'))
            throw new ArgumentException("A content key is a lower-case hex SHA-256.", nameof(sha256));
    }
}
