namespace Depot.Interchange.Tests.Support;

/// <summary>Sample files copied beside the test binaries.</summary>
internal static class Samples
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Skos", "Samples", name);

    public static FileStream Open(string name) => File.OpenRead(Path(name));
}
