namespace Depot.Interchange.Oslo;

/// <summary>The predicates and classes an OSLO Cultureel Erfgoed / CIDOC-CRM object description is read by.</summary>
internal static class OsloTerms
{
    public const string Crm = "http://www.cidoc-crm.org/cidoc-crm/";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string SkosNs = "http://www.w3.org/2004/02/skos/core#";
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
    public const string Owl = "http://www.w3.org/2002/07/owl#";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string As = "https://www.w3.org/ns/activitystreams#";

    public const string Label = Rdfs + "label";
    public const string PrefLabel = SkosNs + "prefLabel";
    public const string Notation = SkosNs + "notation";
    public const string Note = Crm + "P3_has_note";
    public const string HasType = Crm + "P2_has_type";
    public const string Content = Crm + "P190_has_symbolic_content";
    public const string EdtfDescription = Edtfo + "hasEDTFDateTimeDescription";
    public const string InEdtf = Edtfo + "inEDTFDateTime";

    public static readonly string[] AgentTypes =
        [Dcterms + "Agent", Person + "Person", Org + "Organization", Foaf + "Person", Foaf + "Agent", Crm + "E21_Person", Crm + "E39_Actor", Crm + "E74_Group", Cest + "Agent"];

    public static readonly string[] OrganisationTypes = [Org + "Organization", Crm + "E74_Group", Foaf + "Organization"];

    public static readonly string[] PlaceTypes = [Dcterms + "Location", Crm + "E53_Place"];
}
