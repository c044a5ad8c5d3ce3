using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;

namespace Depot.Interchange.Sources;

/// <summary>
/// One object as a source file describes it, before it touches the database: terms, agents
/// and places are carried by label and external ids, not by Depot ids. Every reader (LIDO,
/// Adlib, CSV, XLSX) produces these; the importer resolves them against the organisation's
/// authorities and the exporters build them from stored objects, so a round trip goes
/// file → <see cref="SourceRecord"/> → database → <see cref="SourceRecord"/> → file.
/// </summary>
/// <param name="SourceId">The record's own id in the source (lidoRecID, Adlib priref, a CSV key column); empty when it has none.</param>
/// <param name="Position">1-based position of the record in the file, for messages and resuming.</param>
/// <param name="Line">Line in the file where the record starts, when the reader knows it.</param>
/// <param name="Object">What Depot models.</param>
/// <param name="Kept">Input fields Depot has no place for, verbatim: they are stored with the object and shown.</param>
/// <param name="Issues">Problems the reader found in this record (a bad date, an unknown unit …).</param>
public sealed record SourceRecord(
    string SourceId,
    long Position,
    int? Line,
    SourceObject Object,
    IReadOnlyList<KeptField> Kept,
    IReadOnlyList<SourceIssue> Issues);

/// <summary>The fields of a <see cref="CollectionObject"/>, with references by label and external id.</summary>
public sealed record SourceObject
{
    public string ObjectNumber { get; init; } = "";
    public IReadOnlyList<Title> Titles { get; init; } = [];
    public SourceTerm? ObjectName { get; init; }

    /// <summary>Further object names / classifications; the importer keeps them as subjects when Depot has no field.</summary>
    public IReadOnlyList<SourceTerm> Classifications { get; init; } = [];
    public string ShortDescription { get; init; } = "";
    public int? NumberOfParts { get; init; }
    public IReadOnlyList<SourceMaker> Makers { get; init; } = [];
    public HistoricalDate? Dating { get; init; }
    public IReadOnlyList<SourceTerm> Materials { get; init; } = [];
    public IReadOnlyList<SourceTerm> Techniques { get; init; } = [];
    public IReadOnlyList<Dimension> Dimensions { get; init; } = [];
    public SourceTerm? Condition { get; init; }
    public string ConditionNote { get; init; } = "";
    public SourceAcquisition? Acquisition { get; init; }

    /// <summary>Current location by code or name (a location record of the organisation).</summary>
    public string CurrentLocation { get; init; } = "";
    public IReadOnlyList<SourceSubject> Subjects { get; init; } = [];
    public IReadOnlyList<Inscription> Inscriptions { get; init; } = [];
    public Rights Rights { get; init; } = Rights.None;
}

/// <summary>A concept by its label(s) and ids: AAT or another thesaurus URI, a local id.</summary>
/// <param name="Label">Preferred label as the source gives it.</param>
/// <param name="Language">Language of <paramref name="Label"/> ("nl", "en", "de" …), empty when unknown.</param>
/// <param name="Ids">Identifiers: URIs (http://vocab.getty.edu/aat/300015050) or local ids ("local:1234").</param>
public sealed record SourceTerm(string Label, string Language = "", IReadOnlyList<string>? Ids = null)
{
    public IReadOnlyList<string> Ids { get; init; } = Ids ?? [];
}

/// <summary>A person or organisation by name and external ids (VIAF, RKD, Wikidata, ULAN, local).</summary>
public sealed record SourceAgent(string Name, AgentKind Kind = AgentKind.Person, IReadOnlyList<ExternalId>? Ids = null,
    HistoricalDate? Birth = null, HistoricalDate? Death = null)
{
    public IReadOnlyList<ExternalId> Ids { get; init; } = Ids ?? [];
}

/// <summary>A place by name and external ids (TGN, GeoNames, Wikidata).</summary>
public sealed record SourcePlace(string Name, IReadOnlyList<ExternalId>? Ids = null)
{
    public IReadOnlyList<ExternalId> Ids { get; init; } = Ids ?? [];
}

/// <summary>A maker with a role ("schilder") and an attribution qualifier ("atelier van").</summary>
public sealed record SourceMaker(SourceAgent Agent, string Role = "", string Qualifier = "");

public sealed record SourceAcquisition(SourceTerm? Method, SourceAgent? Source, DateOnly? Date, string Note = "");

/// <summary>A subject: exactly one of <see cref="Term"/>, <see cref="Agent"/>, <see cref="Place"/> is set, matching <see cref="Kind"/>.</summary>
public sealed record SourceSubject(SubjectKind Kind, SourceTerm? Term = null, SourceAgent? Agent = null, SourcePlace? Place = null);

/// <summary>A source field Depot has no place for, kept verbatim: its path in the source (an XPath-like
/// <c>lido:eventSet/lido:event/lido:periodName/lido:term</c>, an Adlib tag, a CSV column) and its text.</summary>
public sealed record KeptField(string Path, string Value, string Language = "");

public enum IssueSeverity
{
    Warning,
    Error,
}

/// <summary>A problem in one record: the field it concerns and a message in Dutch and English.</summary>
public sealed record SourceIssue(IssueSeverity Severity, string Field, string Nl, string En);
