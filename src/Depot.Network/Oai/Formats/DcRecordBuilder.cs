using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Network.Oai.Formats;

/// <summary>
/// Builds a <see cref="SourceRecord"/> from Dublin Core statements in document order, as <c>oai_dc</c>
/// and an EDM <c>edm:ProvidedCHO</c> give them: title, creator, date, type, subject, description,
/// identifier, medium and rights go to the fields Depot has; a URI right after a value (EDM writes
/// <c>dc:creator</c> "name" then <c>dc:creator rdf:resource</c>) is that value's identifier; everything
/// else is kept verbatim under its qualified name.
/// </summary>
internal sealed partial class DcRecordBuilder
{
    private readonly List<Title> titles = [];
    private readonly List<SourceMaker> makers = [];
    private readonly List<SourceTerm> types = [];
    private readonly List<SourceTerm> subjects = [];
    private readonly List<SourceTerm> materials = [];
    private readonly List<KeptField> kept = [];
    private readonly List<SourceIssue> issues = [];
    private string description = "";
    private string objectNumber = "";
    private HistoricalDate? dating;
    private Rights rights = Rights.None;

    // The last value of a property a following URI may name (e.g. "dc:creator"), and where it sits.
    private (string Path, int Index, string Language)? open;

    /// <summary>A literal value of <paramref name="path"/> (<c>dc:title</c>, <c>dcterms:medium</c> …).</summary>
    public void Literal(string path, string value, string language)
    {
        value = value.Trim();
        if (value.Length == 0) return;
        switch (path)
        {
            case "dc:title" or "dcterms:title":
                titles.Add(new Title(value, language, titles.Count == 0 ? TitleType.Preferred : TitleType.Alternate));
                break;
            case "dc:creator":
                makers.Add(new SourceMaker(new SourceAgent(value)));
                Open(path, makers.Count - 1, language);
                return;
            case "dc:date" or "dcterms:created" when dating is null:
                Date(path, value);
                break;
            case "dc:type" when IsTranslation(path, language):
            case "dc:subject" when IsTranslation(path, language):
                kept.Add(new KeptField(path, value, language));
                return;
            case "dc:type":
                types.Add(new SourceTerm(value, language));
                Open(path, types.Count - 1, language);
                return;
            case "dc:subject":
                subjects.Add(new SourceTerm(value, language));
                Open(path, subjects.Count - 1, language);
                return;
            case "dcterms:medium":
                materials.Add(new SourceTerm(value, language));
                Open(path, materials.Count - 1, language);
                return;
            case "dc:description" when description.Length == 0:
                description = value;
                break;
            case "dc:identifier" when objectNumber.Length == 0 && !IsUri(value):
                objectNumber = value;
                break;
            case "dc:rights" or "edm:rights":
                Right(path, value, language);
                break;
            default:
                kept.Add(new KeptField(path, value, language));
                break;
        }
        open = null;
    }

    /// <summary>A URI value of <paramref name="path"/>; <paramref name="label"/> is its label when the source gives one elsewhere (EDM contextual classes).</summary>
    public void Resource(string path, string uri, string? label = null)
    {
        if (open is { } o && o.Path == path)
        {
            Identify(o.Path, o.Index, uri);
            return;
        }
        if (label is not null && path is "dc:creator" or "dc:type" or "dc:subject" or "dcterms:medium")
        {
            Literal(path, label, "");
            Identify(path, open!.Value.Index, uri);
            return;
        }
        if (path is "dc:rights" or "edm:rights")
        {
            Right(path, uri, "");
            return;
        }
        kept.Add(new KeptField(path, uri));
        open = null;
    }

    /// <summary>A field Depot has no place for, kept as it is.</summary>
    public void Keep(string path, string value, string language = "")
    {
        if (value.Trim().Length > 0) kept.Add(new KeptField(path, value.Trim(), language));
    }

    public SourceRecord Build(string sourceId, long position, string fallbackNumber)
    {
        var obj = new SourceObject
        {
            ObjectNumber = objectNumber.Length > 0 ? objectNumber : fallbackNumber,
            Titles = titles,
            Makers = makers,
            Dating = dating,
            ObjectName = types.FirstOrDefault(),
            Classifications = [.. types.Skip(1)],
            Subjects = [.. subjects.Select(t => new SourceSubject(SubjectKind.MainMotif, t))],
            Materials = materials,
            ShortDescription = description,
            Rights = rights,
        };
        return new SourceRecord(sourceId, position, null, obj, kept, issues);
    }
}
