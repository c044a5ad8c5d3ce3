using System.Xml.Linq;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Lido;

internal sealed partial class LidoRecordMapper
{
    /// <summary>subjectConcept, subjectActor and subjectPlace; a subject typed "main motif" / "hoofdmotief" gives main motifs.</summary>
    private List<SourceSubject> Subjects(XElement? descriptive)
    {
        var subjects = new List<SourceSubject>();
        foreach (var subject in All(descriptive, "objectRelationWrap", "subjectWrap", "subjectSet", "subject"))
        {
            var type = Attr(subject, "type");
            var main = type is not null && (type.Contains("hoofdmotief", StringComparison.OrdinalIgnoreCase) || type.Contains("main motif", StringComparison.OrdinalIgnoreCase));
            if (main) TakeAttr(subject, "type");
            foreach (var concept in Els(subject, "subjectConcept"))
                if (Concept(concept) is { } term) subjects.Add(new SourceSubject(main ? SubjectKind.MainMotif : SubjectKind.DepictedConcept, Term: term));
            foreach (var actor in All(subject, "subjectActor", "actor"))
                if (Agent(actor) is { } agent) subjects.Add(new SourceSubject(SubjectKind.DepictedAgent, Agent: agent));
            foreach (var place in All(subject, "subjectPlace", "place"))
                if (Place(place) is { } p) subjects.Add(new SourceSubject(SubjectKind.DepictedPlace, Place: p));
        }
        return subjects;
    }

    private SourcePlace? Place(XElement place)
    {
        var name = PreferredName(All(place, "namePlaceSet", "appellationValue"));
        var ids = ExternalIds(Els(place, "placeID"));
        if (name is null && ids.Count == 0) return null;
        if (name is not null) TakeAttr(name, "pref");
        return new SourcePlace(Take(name), ids);
    }

    /// <summary>The name marked preferred, else the first not marked alternate, else the first.</summary>
    private static XElement? PreferredName(IEnumerable<XElement> appellations)
    {
        var names = appellations.Where(HasText).ToList();
        return names.FirstOrDefault(n => IsPreferred(n) == true) ?? names.FirstOrDefault(n => IsPreferred(n) != false) ?? names.FirstOrDefault();
    }

    /// <summary>An actor's or place's ids (actorID, placeID) as external ids, each once; the elements they came from count as used.</summary>
    private List<ExternalId> ExternalIds(IEnumerable<XElement> idElements)
    {
        var ids = new List<ExternalId>();
        foreach (var id in idElements.Where(HasText))
        {
            var ext = LidoIdentifiers.ToExternalId(OwnText(id), Attr(id, "source"));
            if (ext is null || ids.Contains(ext)) continue;
            if (LidoIdentifiers.SourceNamesScheme(OwnText(id), Attr(id, "source"))) TakeAttr(id, "source");
            Take(id);
            TakeAttr(id, "type");
            ids.Add(ext);
        }
        return ids;
    }

    /// <summary>The first rightsWorkSet: licence (the rights type's URI, else its term), holder and credit line.</summary>
    private Rights MapRights(XElement? administrative)
    {
        var set = All(administrative, "rightsWorkWrap", "rightsWorkSet").FirstOrDefault();
        if (set is null) return Depot.Core.Registration.Objects.Rights.None;
        var typeElement = El(set, "rightsType");
        var licenceId = Els(typeElement, "conceptID").FirstOrDefault(HasText);
        var licence = licenceId is not null ? Take(licenceId) : Take(Els(typeElement, "term").FirstOrDefault(HasText));
        if (licenceId is not null)
        {
            TakeAttr(licenceId, "type");
            TakeAttr(licenceId, "source");
        }
        var holderName = All(set, "rightsHolder", "legalBodyName", "appellationValue").FirstOrDefault(HasText);
        var holder = Take(holderName);
        var credit = Take(Els(set, "creditLine").FirstOrDefault(HasText));
        return new Rights(licence, holder, credit);
    }

    /// <summary>What LIDO requires of every record: an Error naming the missing element.</summary>
    private void CheckRequired()
    {
        var descriptive = El(record, "descriptiveMetadata");
        var administrative = El(record, "administrativeMetadata");
        var recordWrap = El(administrative, "recordWrap");
        Require(Els(record, "lidoRecID").Any(HasText), "lido:lidoRecID");
        Require(descriptive is not null, "lido:descriptiveMetadata");
        // Depot keeps objects without an object name (and writes such LIDO itself): a warning, so the record still comes in.
        if (!All(descriptive, "objectClassificationWrap", "objectWorkTypeWrap", "objectWorkType").Any(w => w.Descendants().Any(HasText)))
            Issue(IssueSeverity.Warning, "lido:objectWorkType",
                "Het verplichte LIDO-element lido:objectWorkType ontbreekt of is leeg; het record komt binnen zonder objectnaam.",
                "The required LIDO element lido:objectWorkType is missing or empty; the record comes in without an object name.");
        Require(All(descriptive, "objectIdentificationWrap", "titleWrap", "titleSet", "appellationValue").Any(HasText), "lido:titleSet");
        Require(administrative is not null, "lido:administrativeMetadata");
        Require(Els(recordWrap, "recordID").Any(HasText), "lido:recordWrap/lido:recordID");
        Require(El(recordWrap, "recordType")?.Descendants().Any(HasText) == true, "lido:recordWrap/lido:recordType");
        Require(El(recordWrap, "recordSource")?.Descendants().Any(HasText) == true, "lido:recordWrap/lido:recordSource");
    }

    private void Require(bool present, string element)
    {
        if (present) return;
        Issue(IssueSeverity.Error, element,
            $"Het verplichte LIDO-element {element} ontbreekt of is leeg.",
            $"The required LIDO element {element} is missing or empty.");
    }
}
