using static Depot.Publishing.LinkedData.Oslo;

namespace Depot.Publishing.LinkedData;

/// <summary>
/// The terms of the published OSLO context that Depot's graphs use: property IRI → term and
/// its type coercion, class IRI → term. Anything else is written as a compact IRI with the
/// prefixes of the document's local context.
/// </summary>
internal static class OsloJsonLdTerms
{
    private const string Id = "@id";
    private const string LangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
    private const string XsdString = "http://www.w3.org/2001/XMLSchema#string";
    private const string RdfsLiteral = Rdfs + "Literal";

    public static readonly IReadOnlyDictionary<string, (string Term, string Coercion)> Properties = new Dictionary<string, (string, string)>
    {
        [Crm + "P102_has_title"] = ("MensgemaaktObject.titel", LangString),
        [Adms + "identifier"] = ("Entiteit.identificator", Id),
        [Skos + "notation"] = ("Identificator.identificator", RdfsLiteral),
        [Dcterms + "creator"] = ("Identificator.toegekendDoor", Id),
        [Adms + "schemaAgency"] = ("Identificator.toegekendDoor(String)", XsdString),
        [Crm + "P3_has_note"] = ("Entiteit.beschrijving", LangString),
        [Crm + "P41i_was_classified_by"] = ("Entiteit.classificatie", Id),
        [Crm + "P41_classified"] = ("Classificatie.getypeerdeEntiteit", Id),
        [Crm + "P42_assigned"] = ("Classificatie.toegekendType", Id),
        [Crm + "P108i_was_produced_by"] = ("MensgemaaktObject.productie", Id),
        [Crm + "P108_has_produced"] = ("Productie.product", Id),
        [Crm + "P14_carried_out_by"] = ("Activiteit.uitgevoerdDoor", Id),
        [Crm + "P32_used_general_technique"] = ("Activiteit.gebruikteTechniek", Id),
        [Crm + "P4_has_time-span"] = ("Gebeurtenis.tijd", Id),
        [Edtfo + "hasEDTFDateTimeDescription"] = ("Periode.inEDTF", Edtf),
        [Time + "hasBeginning"] = ("Periode.van", Id),
        [Time + "hasEnd"] = ("Periode.tot", Id),
        [Edtfo + "inEDTFDateTime"] = ("Moment.inEDTF", Edtf),
        [Cest + "Rol.activiteit"] = ("Rol.activiteit", Id),
        [Cest + "Rol.agent"] = ("Rol.agent", Id),
        [Crm + "P14.1_in_the_role_of"] = ("Rol.rol", Id),
        [Crm + "P45_consists_of"] = ("MaterieelDing.materiaal", Id),
        [Crm + "P43_has_dimension"] = ("MaterieelDing.dimensie", Id),
        [Crm + "P2_has_type"] = ("Entiteit.type", Id),
        [Crm + "P90_has_value"] = ("Dimensie.waarde", RdfsLiteral),
        [Crm + "P91_has_unit"] = ("Dimensie.eenheid", Id),
        [Dc + "subject"] = ("MaterieelDing.gaatOver", Id),
        [Crm + "P62_depicts"] = ("MensgemaaktObject.beeldtUit", Id),
        [Crm + "P128_carries"] = ("MaterieelDing.draagt", Id),
        [Crm + "P104_is_subject_to"] = ("MaterieelDing.isOnderworpenAan", Id),
        [Crm + "P75i_is_possessed_by"] = ("Recht.isInBezitVan", Id),
        [Cest + "tekst"] = ("Beschrijving.tekst", LangString),
        [Crm + "P50_has_current_keeper"] = ("MaterieelDing.beheerder", Id),
        [Schema + "contactPoint"] = ("Organisatie.contactinfo", Id),
        [Locn + "address"] = ("Contactinfo.adres", Id),
        [Adres + "gemeentenaam"] = ("Adresvoorstelling.gemeentenaam", LangString),
        [Foaf + "familyName"] = ("Persoon.achternaam", XsdString),
        [Foaf + "givenName"] = ("Persoon.voornaam", XsdString),
        [Persoon + "volledigeNaam"] = ("Persoon.volledigeNaam", XsdString),
        [Persoon + "/Geboortedatum"] = ("Persoon.geboortedatum", Id),
        [Persoon + "/Sterfdatum"] = ("Persoon.sterfdatum", Id),
        [Locn + "geometry"] = ("Plaats.geometrie", Id),
        [Geo + "asWKT"] = ("Geometrie.wkt", RdfsLiteral),
    };

    public static readonly IReadOnlyDictionary<string, string> Classes = new Dictionary<string, string>
    {
        [Crm + "E22_Human-Made_Object"] = "MensgemaaktObject",
        [Adms + "Identifier"] = "Identificator",
        [Crm + "E17_Type_Assignment"] = "Classificatie",
        [Crm + "E12_Production"] = "Productie",
        [Cest + "Rol"] = "Rol",
        [Skos + "Concept"] = "Concept",
        [Time + "ProperInterval"] = "Periode",
        [Time + "Instant"] = "Moment",
        [Time + "TemporalEntity"] = "TemporeleEntiteit",
        [Crm + "E54_Dimension"] = "Dimensie",
        [Crm + "E30_Right"] = "Recht",
        [Crm + "E73_Information_Object"] = "InformatieObject",
        [Dcterms + "Agent"] = "Agent",
        [Cest + "Beschrijving"] = "Beschrijving",
        [Org + "Organization"] = "Organisatie",
        [Person + "Person"] = "Persoon",
        [Schema + "ContactPoint"] = "Contactinfo",
        [Locn + "Address"] = "Adresvoorstelling",
        [Dcterms + "Location"] = "Plaats",
        [Locn + "Geometry"] = "Geometrie",
    };
}
