namespace Depot.Network.Tests.Oai;

/// <summary>EDM in the shape Depot's own OAI-PMH writes it (<c>src/Depot.Publishing/Oai/Formats/EdmFormat.cs</c>).</summary>
internal static class EdmSamples
{
    public const string AsDepotWritesIt = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:dcterms="http://purl.org/dc/terms/" xmlns:edm="http://www.europeana.eu/schemas/edm/" xmlns:ore="http://www.openarchives.org/ore/terms/">
          <edm:ProvidedCHO rdf:about="https://depot.example/id/object/42">
            <dc:creator>Pieter Bruegel I</dc:creator>
            <dc:creator rdf:resource="http://viaf.org/viaf/95761864"/>
            <dc:description xml:lang="nl">Johannes de Doper predikt</dc:description>
            <dc:identifier>0000.GRO1561.I</dc:identifier>
            <dc:subject xml:lang="nl">landschappen</dc:subject>
            <dc:subject rdf:resource="http://vocab.getty.edu/aat/300015636"/>
            <dc:title xml:lang="nl">Johannes predikt tot de menigte</dc:title>
            <dc:type xml:lang="nl">olieverfschildering</dc:type>
            <dc:type xml:lang="en">oil painting</dc:type>
            <dc:type rdf:resource="http://vocab.getty.edu/aat/300033799"/>
            <dcterms:created>ca. 1601-1620</dcterms:created>
            <dcterms:extent>hoogte 112 cm</dcterms:extent>
            <dcterms:medium xml:lang="nl">olieverf</dcterms:medium>
            <edm:type>IMAGE</edm:type>
          </edm:ProvidedCHO>
          <edm:WebResource rdf:about="https://depot.example/iiif/image/9">
            <dc:format>image/jpeg</dc:format>
            <edm:rights rdf:resource="http://creativecommons.org/publicdomain/zero/1.0/"/>
          </edm:WebResource>
          <ore:Aggregation rdf:about="https://depot.example/id/object/42#aggregation">
            <edm:aggregatedCHO rdf:resource="https://depot.example/id/object/42"/>
            <edm:dataProvider>Musea Brugge</edm:dataProvider>
            <edm:isShownAt rdf:resource="https://depot.example/doc/object/42"/>
            <edm:provider>Depot</edm:provider>
            <dc:rights>© Musea Brugge</dc:rights>
            <edm:rights rdf:resource="http://creativecommons.org/publicdomain/zero/1.0/"/>
          </ore:Aggregation>
        </rdf:RDF>
        """;
}
