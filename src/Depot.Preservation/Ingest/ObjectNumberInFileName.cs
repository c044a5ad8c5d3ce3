namespace Depot.Preservation.Ingest;

/// <summary>
/// Finds the object a file belongs to from its name, as photographers and scanners name them:
/// <c>2024.001.3_front.tif</c>, <c>2024.001.3-2.jpg</c>, <c>B 12 verso.png</c>. The object number is
/// the longest number of the organisation that the name starts with, followed by a separator
/// (<c>_ - . space</c>) or the end of the name. Longest, because <c>2024.001</c> and <c>2024.001.3</c>
/// may both exist; followed by a separator, so <c>2024.0013.jpg</c> is not object <c>2024.001</c>.
/// </summary>
internal static class ObjectNumberInFileName
{
    private static readonly char[] Separators = ['_', '-', '.', ' '];

    /// <summary>Every prefix of the name that ends before a separator or at the end, longest first.</summary>
    public static IReadOnlyList<string> Candidates(string fileName)
    {
        var name = fileName.Trim();
        var found = new List<string>();
        if (name.Length > 0) found.Add(name);
        for (var i = name.Length - 1; i > 0; i--)
            if (Array.IndexOf(Separators, name[i]) >= 0 && Array.IndexOf(Separators, name[i - 1]) < 0)
                found.Add(name[..i]);
        return found;
    }

    /// <summary>The longest candidate among <paramref name="existing"/> numbers, or null.</summary>
    public static string? Pick(string fileName, IReadOnlyCollection<string> existing) =>
        Candidates(fileName).FirstOrDefault(existing.Contains);
}
