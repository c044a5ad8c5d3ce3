using Depot.Core.Registration.Completeness;
using Depot.Core.Registration.Objects;

namespace Depot.Web.Pages.Objects;

/// <summary>What the read-only object sections need: the record, its labels and the holding institution.</summary>
public sealed record ObjectView(CollectionObject Object, LookupSet Labels, string Institution)
{
    public RecordCompleteness Completeness { get; } = RegistrationProfile.Assess(Object);

    /// <summary>The sections of the object page, in the order of the Invulboek groups: anchor and heading key.</summary>
    public static readonly IReadOnlyList<(string Id, string Heading)> Sections =
    [
        ("identificatie", "section.identification"),
        ("beschrijving", "section.description"),
        ("vervaardiging", "section.production"),
        ("fysiek", "section.physical"),
        ("toestand", "section.condition"),
        ("verwerving", "section.acquisition"),
        ("standplaats", "section.location"),
        ("onderwerpen", "section.subjects"),
        ("opschriften", "section.inscriptions"),
        ("rechten", "section.rights"),
    ];

    /// <summary>Where a profile field is shown on the page, so a missing field can link to it.</summary>
    public static string SectionOf(string profileKey) => profileKey switch
    {
        "objectNumber" or "objectName" or "title" => "identificatie",
        "shortDescription" => "beschrijving",
        "makers" or "dating" => "vervaardiging",
        "materials" or "techniques" or "dimensions" => "fysiek",
        "condition" => "toestand",
        "acquisitionMethod" or "acquisitionSource" or "acquisitionDate" => "verwerving",
        "currentLocation" => "standplaats",
        "subjects" => "onderwerpen",
        _ => "identificatie",
    };
}
