using Depot.Core.Network;
using Depot.Interchange.Csv;
using Depot.Interchange.Lido;
using Depot.Interchange.Sources;
using Depot.Network.Harvesting;
using Depot.Storage.Database;
using Depot.Storage.Importing.Mappings;

namespace Depot.Network.Files;

/// <summary>The import's own reader for a file source: LIDO, or CSV with the organisation's saved column mapping.</summary>
internal static class FileRecordReaders
{
    public static async Task<(ISourceReader Reader, string Accept)> ForAsync(HarvestSource source, ImportMappingStore mappings, CancellationToken ct)
    {
        switch (source.MetadataFormat)
        {
            case "lido":
                return (new LidoReader(), "application/xml, text/xml;q=0.9, */*;q=0.1");
            case "csv":
                // The mapping is the source's organisation's: a mapping id of another organisation is not found.
                var saved = source.CsvMappingId is long id ? await mappings.FindAsync(source.OrganisationId, id, ct) : null;
                if (saved is null)
                    throw new HarvestFailedException(source.Url,
                        $"{source.Url}: de bron heeft geen (bestaande) opgeslagen kolomindeling om het CSV-bestand mee te lezen",
                        $"{source.Url}: the source has no (existing) saved column mapping to read the CSV file with");
                return (new CsvReader(DepotJson.Deserialize<CsvMapping>(saved.MappingJson)), "text/csv, text/plain;q=0.9, */*;q=0.1");
            default:
                throw new HarvestFailedException(source.Url,
                    $"{source.Url}: onbekend bestandsformaat '{source.MetadataFormat}' (lido of csv)",
                    $"{source.Url}: unknown file format '{source.MetadataFormat}' (lido or csv)");
        }
    }
}
