namespace Depot.Storage.Search;

/// <summary>
/// A multi-valued facet of an object (a material, a maker, a technique, a subject), kept as its
/// own row so facet counts and filters are index look-ups. Rewritten with the object in the
/// same transaction; never edited by hand.
/// </summary>
public sealed class ObjectTerm
{
    public long ObjectId { get; set; }
    public long OrganisationId { get; set; }
    public TermFacet Facet { get; set; }
    public long ValueId { get; set; }
}

public enum TermFacet
{
    Material = 1,
    Maker = 2,
    Technique = 3,
    Subject = 4,
}
