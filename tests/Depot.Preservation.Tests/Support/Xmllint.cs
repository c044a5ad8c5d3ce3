using System.Diagnostics;

namespace Depot.Preservation.Tests.Support;

/// <summary>
/// Runs the real <c>xmllint</c> against local schemas only (<c>--nonet</c>): remote imports are
/// mapped to files of the reference data by an XML catalog written in the test's temp folder.
/// </summary>
public static class Xmllint
{
    public const string PremisSchema = "eark/old_packages/valid_IP_with_SHOULD_MAY_1_rep/schemas/premis-v3-0.xsd";
    public const string MetsSchema = "eark/Valid_IP_example/schemas/mets.xsd";
    public const string CsipSchema = "eark/Valid_IP_example/schemas/CSIPExtensionMETS.xsd";
    // The Library of Congress xlink.xsd METS imports (with its simpleLink attribute groups); the one in Valid_IP_example is the W3C draft.
    public const string XlinkSchema = "eark/old_packages/valid_IP_with_SHOULD_MAY_1_rep/schemas/xlink.xsd";
    public const string XmlSchema = "lido/schema/xml.xsd";

    /// <summary>Validates; returns xmllint's exit code and its messages.</summary>
    public static async Task<(int ExitCode, string Output)> ValidateAsync(string document, string schema, string folder, CancellationToken ct)
    {
        var catalog = Path.Combine(folder, "catalog.xml");
        await File.WriteAllTextAsync(catalog, $"""
            <?xml version="1.0"?>
            <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
              <system systemId="http://www.loc.gov/standards/xlink/xlink.xsd" uri="file://{ReferenceData.Require(XlinkSchema)}"/>
              <uri name="http://www.loc.gov/standards/xlink/xlink.xsd" uri="file://{ReferenceData.Require(XlinkSchema)}"/>
              <system systemId="http://www.w3.org/2001/xml.xsd" uri="file://{ReferenceData.Require(XmlSchema)}"/>
              <uri name="http://www.w3.org/2001/xml.xsd" uri="file://{ReferenceData.Require(XmlSchema)}"/>
            </catalog>
            """, ct);
        var start = new ProcessStartInfo("xmllint", ["--noout", "--nonet", "--schema", schema, document])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["XML_CATALOG_FILES"] = catalog;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(ct);
        var output = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>A schema that pulls METS, xlink and the CSIP extension in from local files, to validate a CSIP METS in one run.</summary>
    public static async Task<string> MetsWithCsipAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, "mets-csip.xsd");
        await File.WriteAllTextAsync(path, $"""
            <?xml version="1.0"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:depot:test:wrapper">
              <xs:import namespace="http://www.w3.org/1999/xlink" schemaLocation="file://{ReferenceData.Require(XlinkSchema)}"/>
              <xs:import namespace="http://www.loc.gov/METS/" schemaLocation="file://{ReferenceData.Require(MetsSchema)}"/>
              <xs:import namespace="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" schemaLocation="file://{ReferenceData.Require(CsipSchema)}"/>
            </xs:schema>
            """, ct);
        return path;
    }
}
