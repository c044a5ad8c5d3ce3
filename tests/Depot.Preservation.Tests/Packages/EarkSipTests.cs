using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Depot.Preservation.Packages;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Search;

namespace Depot.Preservation.Tests.Packages;

public sealed class EarkSipTests
{
    private static readonly XNamespace Mets = "http://www.loc.gov/METS/";
    private static readonly XNamespace Csip = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
    private static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";

    [Fact]
    public async Task Sip_in_a_bag_has_a_schema_valid_csip_mets_with_dublin_core_premis_and_checksums()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await PreservationApp.StartAsync(ct);
        var museum = await app.CreateOrganisationAsync("museum", ct);
        var mill = await app.CreateObjectAsync(museum, "2026/001", "Molen", ct);
        await app.CreateObjectAsync(museum, "2026/002", "Zonder bestanden", ct);
        var front = await app.AddFileAsync(museum, mill.Id, "molen.tif", Encoding.UTF8.GetBytes("front of the mill"), ct);
        var zip = Path.Combine(app.Folder, "sip.zip");
        await using (var output = File.Create(zip))
            await app.Service<PackageExport>().WriteAsync(museum.Id, ObjectScope.WholeOrganisation, PackageFormat.EarkSip, output, "uuid-0b7c4a1e", null, ct);
        var unpacked = Path.Combine(app.Folder, "sip");
        ZipFile.ExtractToDirectory(zip, unpacked);
        var bag = Path.Combine(unpacked, "uuid-0b7c4a1e");

        var verdict = await BagValidator.ValidateAsync(bag, ct);
        Assert.True(verdict.IsValid, string.Join("; ", verdict.Problems));

        // The package root is the bag's data/ folder, laid out as the E-ARK reference package is.
        var package = Path.Combine(bag, "data");
        var example = Path.GetDirectoryName(ReferenceData.Require("eark/Valid_IP_example/METS.xml"))!;
        Assert.All(new[] { "METS.xml", "metadata", "representations" }, name =>
        {
            Assert.True(Path.Exists(Path.Combine(example, name)));
            Assert.True(Path.Exists(Path.Combine(package, name)), name);
        });
        Assert.Equal("front of the mill", await File.ReadAllTextAsync(Path.Combine(package, "representations/representation_1/data/molen.tif"), ct));

        var metsPath = Path.Combine(package, "METS.xml");
        var (exit, output2) = await Xmllint.ValidateAsync(metsPath, await Xmllint.MetsWithCsipAsync(app.Folder, ct), app.Folder, ct);
        Assert.True(exit == 0, output2);
        var premisPath = Path.Combine(package, "representations/representation_1/metadata/preservation/premis.xml");
        (exit, output2) = await Xmllint.ValidateAsync(premisPath, ReferenceData.Require(Xmllint.PremisSchema), app.Folder, ct);
        Assert.True(exit == 0, output2);

        var mets = XDocument.Load(metsPath).Root!;
        Assert.Equal("uuid-0b7c4a1e", (string?)mets.Attribute("OBJID"));
        Assert.Equal("SIP", (string?)mets.Element(Mets + "metsHdr")!.Attribute(Csip + "OAISPACKAGETYPE"));
        var agent = mets.Element(Mets + "metsHdr")!.Elements(Mets + "agent").First();
        Assert.Equal(("CREATOR", "OTHER", "SOFTWARE"), ((string)agent.Attribute("ROLE")!, (string)agent.Attribute("TYPE")!, (string)agent.Attribute("OTHERTYPE")!));
        var dmd = mets.Elements(Mets + "dmdSec").Select(d => d.Element(Mets + "mdRef")!).ToList();
        Assert.Equal(["metadata/descriptive/dc-1.xml", "metadata/descriptive/dc-2.xml"], dmd.Select(r => (string)r.Attribute(Xlink + "href")!));
        Assert.All(dmd, r => Assert.Equal("DC", (string?)r.Attribute("MDTYPE")));
        var dc = XDocument.Load(Path.Combine(package, "metadata/descriptive/dc-1.xml"));
        Assert.Contains(dc.Descendants(), e => e.Name.LocalName == "title" && e.Value == "Molen");
        var files = mets.Descendants(Mets + "file").ToList();
        Assert.Equal(["representations/representation_1/METS.xml", "representations/representation_1/data/molen.tif"],
            files.Select(f => (string)f.Element(Mets + "FLocat")!.Attribute(Xlink + "href")!));
        var file = files[1];
        Assert.Equal(front.Sha256.ToUpperInvariant(), (string?)file.Attribute("CHECKSUM"));
        Assert.Equal("SHA-256", (string?)file.Attribute("CHECKSUMTYPE"));
        Assert.Equal("representations/representation_1/data/molen.tif", (string?)file.Element(Mets + "FLocat")!.Attribute(Xlink + "href"));
        var premisRef = mets.Descendants(Mets + "digiprovMD").Single().Element(Mets + "mdRef")!;
        Assert.Equal("PREMIS", (string?)premisRef.Attribute("MDTYPE"));
        var structMap = mets.Element(Mets + "structMap")!;
        Assert.Equal(("PHYSICAL", "CSIP"), ((string)structMap.Attribute("TYPE")!, (string)structMap.Attribute("LABEL")!));
        Assert.Equal("representations/representation_1/METS.xml", (string?)structMap.Descendants(Mets + "mptr").Single().Attribute(Xlink + "href"));
        Assert.Equal(("OTHER", "https://data.hetarchief.be/id/sip/1.1/basic"),
            ((string)mets.Attribute(Csip + "CONTENTINFORMATIONTYPE")!, (string)mets.Attribute(Csip + "OTHERCONTENTINFORMATIONTYPE")!));

        // Each representation has its own METS.xml, valid against the same schemas, with paths inside the representation.
        var representationPath = Path.Combine(package, "representations/representation_1/METS.xml");
        (exit, output2) = await Xmllint.ValidateAsync(representationPath, await Xmllint.MetsWithCsipAsync(app.Folder, ct), app.Folder, ct);
        Assert.True(exit == 0, output2);
        var representation = XDocument.Load(representationPath).Root!;
        Assert.Equal(("representation_1", "OTHER", "https://data.hetarchief.be/id/sip/1.1/basic", "SIP"),
            ((string)representation.Attribute("OBJID")!, (string)representation.Attribute(Csip + "CONTENTINFORMATIONTYPE")!,
             (string)representation.Attribute(Csip + "OTHERCONTENTINFORMATIONTYPE")!, (string)representation.Element(Mets + "metsHdr")!.Attribute(Csip + "OAISPACKAGETYPE")!));
        var own = representation.Descendants(Mets + "file").Single();
        Assert.Equal(("data/molen.tif", front.Sha256.ToUpperInvariant()), ((string)own.Element(Mets + "FLocat")!.Attribute(Xlink + "href")!, (string)own.Attribute("CHECKSUM")!));
        Assert.Equal("metadata/preservation/premis.xml", (string?)representation.Descendants(Mets + "mdRef").Single().Attribute(Xlink + "href"));
        Assert.All(new[] { "data/molen.tif", "metadata/preservation/premis.xml" },
            p => Assert.True(File.Exists(Path.Combine(package, "representations/representation_1", p)), p));
    }
}
