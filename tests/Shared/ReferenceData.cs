namespace Depot.Testing;

/// <summary>
/// The public reference data (<c>DEPOT_REFERENCE_DATA</c>, default <c>../shared/data</c> beside the
/// repository). A conformance test whose file is absent reports itself skipped, naming the path.
/// </summary>
public static class ReferenceData
{
    public const string Variable = "DEPOT_REFERENCE_DATA";

    public static string Root()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depot.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        return Path.GetFullPath(Path.Combine("..", "shared", "data"));
    }

    /// <summary>The file's full path, or a skip of the calling test when it is not there.</summary>
    public static string Require(string relativePath)
    {
        var path = Path.Combine(Root(), relativePath);
        if (!File.Exists(path))
            Assert.Skip($"Reference data {path} is absent (set {Variable} to the shared data folder).");
        return path;
    }
}
