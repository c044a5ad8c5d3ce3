using System.Xml.Linq;
using Depot.Interchange.Lido;
using Depot.Interchange.Sources;

namespace Depot.Network.Oai.Formats;

/// <summary>
/// LIDO records through the import's own <see cref="LidoReader"/>: the record's <c>lido:lido</c> element is
/// handed to it as a small document of its own, so a harvested record is read exactly as the same record in
/// an imported file (terms, makers, events, rights, and every unmapped field kept verbatim).
/// </summary>
internal sealed class OaiLidoMapper : IOaiRecordMapper
{
    private static readonly XNamespace L = OaiNames.Lido;

    public string Prefix => "lido";

    public SourceRecord Map(OaiRecord record, long position)
    {
        var lido = record.Metadata switch
        {
            { } m when m.Name == L + "lido" => m,
            { } m when m.Name == L + "lidoWrap" => m.Element(L + "lido"),
            _ => null,
        };
        if (lido is null)
            return OaiRecordMappers.Unreadable(record, position, "de metadata is geen lido:lido-element", "the metadata is not a lido:lido element");
        using var buffer = new MemoryStream();
        lido.Save(buffer, SaveOptions.DisableFormatting);
        buffer.Position = 0;
        try
        {
            var mapped = new LidoReader().Read(buffer, record.Header.Identifier, 0, CancellationToken.None).Single();
            return mapped with { Position = position, Line = null };
        }
        catch (SourceFormatException e)
        {
            return OaiRecordMappers.Unreadable(record, position, e.Nl, e.En);
        }
    }
}
