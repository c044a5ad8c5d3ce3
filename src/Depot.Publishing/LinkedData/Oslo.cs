namespace Depot.Publishing.LinkedData;

/// <summary>
/// The namespaces of OSLO Cultureel Erfgoed (implementation model Basisregistratie, draft
/// 2025-01-20) and the published JSON-LD context its documents refer to.
/// </summary>
public static class Oslo
{
    /// <summary>The published context of the implementation model; documents refer to it by this URL.</summary>
    public const string ContextUrl =
        "https://data.vlaanderen.be/doc/implementatiemodel/cultureel-erfgoed-basisregistratie/ontwerpstandaard/2025-01-20/context/cultureel-erfgoed-basisregistratie.jsonld";

    public const string Crm = "http://www.cidoc-crm.org/cidoc-crm/";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Adms = "http://www.w3.org/ns/adms#";
    public const string Dcterms = "http://purl.org/dc/terms/";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    public const string Org = "http://www.w3.org/ns/org#";
    public const string Person = "http://www.w3.org/ns/person#";
    public const string Foaf = "http://xmlns.com/foaf/0.1/";
    public const string Persoon = "https://data.vlaanderen.be/ns/persoon#";
    public const string Cest = "https://data.vlaanderen.be/ns/cultureel-erfgoed#";
    public const string Time = "http://www.w3.org/2006/time#";
    public const string Edtfo = "https://periodo.github.io/edtf-ontology/edtfo.ttl#";
    public const string Edtf = "http://id.loc.gov/datatypes/edtf/EDTF";
    public const string Locn = "http://www.w3.org/ns/locn#";
    public const string Geo = "http://www.opengis.net/ont/geosparql#";
    public const string Schema = "http://schema.org/";
    public const string Adres = "https://data.vlaanderen.be/ns/adres#";
    public const string Owl = "http://www.w3.org/2002/07/owl#";
    public const string Aat = "http://vocab.getty.edu/aat/";
    public const string Unit = "http://qudt.org/vocab/unit/";
    public const string Prov = "http://www.w3.org/ns/prov#";

    /// <summary>Prefixes for Turtle and for the JSON-LD's local context (terms outside the published context).</summary>
    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>
    {
        ["crm"] = Crm,
        ["rdfs"] = Rdfs,
        ["xsd"] = Interchange.Rdf.RdfVocabulary.Xsd,
        ["skos"] = Skos,
        ["adms"] = Adms,
        ["dcterms"] = Dcterms,
        ["dc"] = Dc,
        ["org"] = Org,
        ["person"] = Person,
        ["foaf"] = Foaf,
        ["persoon"] = Persoon,
        ["cest"] = Cest,
        ["time"] = Time,
        ["edtfo"] = Edtfo,
        ["locn"] = Locn,
        ["geo"] = Geo,
        ["schema"] = Schema,
        ["adres"] = Adres,
        ["owl"] = Owl,
        ["aat"] = Aat,
        ["unit"] = Unit,
        ["prov"] = Prov,
    };
}
