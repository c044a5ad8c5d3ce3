using System.Xml;
using Depot.Core.Publishing;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Interchange.Lido;
using Depot.Interchange.Sources;

namespace Depot.Publishing.Oai.Formats;

/// <summary>
/// LIDO 1.1: the public shape becomes a <see cref="SourceRecord"/> and Interchange's
/// <see cref="LidoWriter"/> writes it, so OAI-PMH and the LIDO export say the same things the same
/// way; the one <c>lido:lido</c> element is copied from its output into the response.
/// The record id is the object's persistent URI.
/// </summary>
internal sealed class LidoFormat(PublicUris uris) : IOaiFormat
{
    public string Prefix => "lido";
    public string Schema => "http://www.lido-schema.org/schema/v1.1/lido-v1.1.xsd";
    public string Namespace => "http://www.lido-schema.org";

    public async ValueTask WriteAsync(XmlWriter xml, PublicObject o, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new LidoWriter(buffer, new LidoWriterOptions(o.Organisation.Name, "nl", Indent: false)))
        {
            await writer.WriteAsync(ToSource(o), ct);
            await writer.CompleteAsync(ct);
        }
        buffer.Position = 0;
        using var reader = XmlReader.Create(buffer, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        if (!reader.ReadToFollowing("lido", Namespace)) throw new InvalidOperationException("The LIDO writer wrote no lido:lido element.");
        xml.WriteNode(reader, defattr: true);
    }

    public SourceRecord ToSource(PublicObject o)
    {
        var source = new SourceObject
        {
            ObjectNumber = o.ObjectNumber,
            Titles = o.Titles,
            ObjectName = o.ObjectName is { } name ? Term(name) : null,
            ShortDescription = o.ShortDescription,
            NumberOfParts = o.NumberOfParts,
            Makers = [.. o.Makers.Select(m => new SourceMaker(Agent(m.Agent), m.Role, m.Qualifier))],
            Dating = Dating(o.Dating),
            Materials = [.. o.Materials.Select(Term)],
            Techniques = [.. o.Techniques.Select(Term)],
            Dimensions = o.Dimensions,
            Subjects = [.. o.Subjects.Select(Subject).OfType<SourceSubject>()],
            // LIDO 1.1 refuses xml:lang="" on a transcription; the record's language (nl) is what it would inherit anyway.
            Inscriptions = [.. o.Inscriptions.Select(i => i.Language.Length > 0 ? i : i with { Language = "nl" })],
            Rights = o.Rights,
        };
        return new SourceRecord(uris.Object(o.Id), 1, null, source, [], []);
    }

    private static SourceTerm Term(PublicTerm t)
    {
        List<string> ids = t.Uri.Length > 0 ? [t.Uri] : [];
        ids.AddRange(t.ExactMatches.Where(m => m.Length > 0 && !ids.Contains(m)));
        return t.LabelNl.Length > 0 ? new SourceTerm(t.LabelNl, "nl", ids) : new SourceTerm(t.LabelEn, "en", ids);
    }

    private static SourceAgent Agent(PublicAgent a) =>
        new(a.Name, a.IsPerson ? AgentKind.Person : AgentKind.Organisation, [.. a.SameAs.Select(u => new ExternalId("uri", u))],
            LifeDate(a.Birth), LifeDate(a.Death));

    /// <summary>A life date as written ("1525", "ca. 1569"); one that cannot be read is left out rather than failing the record.</summary>
    private static HistoricalDate? LifeDate(string text)
    {
        try
        {
            return HistoricalDate.Parse(text);
        }
        catch (Core.DomainException)
        {
            return null;
        }
    }

    private static SourceSubject? Subject(PublicSubject s) => s switch
    {
        { Agent: { } a } => new SourceSubject(s.Kind, Agent: Agent(a)),
        { Place: { } p } => new SourceSubject(s.Kind, Place: new SourcePlace(p.Name, [.. p.SameAs.Select(u => new ExternalId("uri", u))])),
        { Concept: { } c } => new SourceSubject(s.Kind, Term: Term(c)),
        _ => null,
    };

    private static HistoricalDate? Dating(PublicDating? d) =>
        d is { } dating && (dating.Earliest is not null || dating.Latest is not null) && !(dating.Latest < dating.Earliest)
            ? new HistoricalDate(dating.Earliest, dating.Latest, dating.Text, dating.Edtf.Contains('~') ? DatePrecision.Circa : DatePrecision.Exact)
            : null;
}
