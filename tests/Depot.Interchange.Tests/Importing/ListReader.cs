using System.Runtime.CompilerServices;
using Depot.Interchange.Sources;
using Depot.Storage.Database;

namespace Depot.Interchange.Tests.Importing;

/// <summary>
/// A reader over records held in the test, so the runner is tested apart from any file format.
/// <see cref="FailAfter"/> makes it throw after that many records, as a crash mid-file would.
/// </summary>
internal sealed class ListReader(IReadOnlyList<SourceRecord> records) : ISourceReader
{
    public SourceFormat Format => SourceFormat.Lido;
    public long? FailAfter { get; init; }
    public List<long> Skips { get; } = [];

    public async IAsyncEnumerable<SourceRecord> ReadAsync(Stream source, string fileName, long skip, [EnumeratorCancellation] CancellationToken ct)
    {
        Skips.Add(skip);
        foreach (var r in records.Where(r => r.Position > skip))
        {
            if (FailAfter is long n && r.Position > n)
                throw new SourceFormatException(fileName, null, null, r.Position, "Afgebroken", "Broken off");
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return r;
        }
    }

    /// <summary>A file whose content (and so whose identity) follows the records.</summary>
    public static string WriteFile(IReadOnlyList<SourceRecord> records)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("depot-import-").FullName, "bron.xml");
        File.WriteAllText(path, DepotJson.Serialize(records));
        return path;
    }
}
