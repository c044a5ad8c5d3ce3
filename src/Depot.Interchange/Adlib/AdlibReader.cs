using System.Runtime.CompilerServices;
using System.Xml;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Adlib;

/// <summary>
/// Reads Adlib / Axiell Collections XML exports (<c>adlibXML/recordList/record</c>, grouped or
/// ungrouped) record by record with a streaming <see cref="XmlReader"/>: DTDs are refused and no
/// entity or external resource is ever resolved. The record's priref becomes
/// <see cref="SourceRecord.SourceId"/>; fields Depot models are mapped, every other value is kept.
/// </summary>
/// <param name="language">The language of plain (untranslated) values; Flemish exports are Dutch.</param>
public sealed class AdlibReader(string language = "nl") : ISourceReader
{
    public SourceFormat Format => SourceFormat.Adlib;

    public async IAsyncEnumerable<SourceRecord> ReadAsync(Stream source, string fileName, long skip, [EnumeratorCancellation] CancellationToken ct)
    {
        using var cursor = new AdlibCursor(XmlReader.Create(source, AdlibCursor.Settings()), fileName);
        await cursor.OpenAsync().ConfigureAwait(false);
        while (await cursor.MoveNextAsync(ct).ConfigureAwait(false))
        {
            if (cursor.Position <= skip)
            {
                await cursor.SkipAsync().ConfigureAwait(false);
                continue;
            }
            var record = await cursor.ReadAsync().ConfigureAwait(false);
            yield return AdlibMapper.Map(record, cursor.Position, language);
        }
    }
}
