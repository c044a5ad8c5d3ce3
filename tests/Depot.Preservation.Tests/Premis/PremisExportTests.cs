using System.Net;
using System.Text;
using System.Xml.Linq;
using Depot.Core.Identity;
using Depot.Core.Preservation;
using Depot.Preservation.Hashing;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Preservation;

namespace Depot.Preservation.Tests.Premis;

public sealed class PremisExportTests
{
    private static readonly XNamespace P = "http://www.loc.gov/premis/v3";

    [Fact]
    public async Task File_premis_names_loc_event_types_checksums_and_agents_and_is_schema_valid()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await PreservationApp.StartAsync(ct);
        var museum = await app.CreateOrganisationAsync("museum", ct);
        var record = await app.CreateObjectAsync(museum, "0001", "Molen", ct);
        var bytes = Encoding.UTF8.GetBytes("II*\0 a tiff, for the test");
        var file = await app.AddFileAsync(museum, record.Id, "0001.tif", bytes, ct);
        // The ingest leaves MD5 to a background job; the export shows it once it is there.
        Assert.Equal(Md5ForTests.Hex(bytes), await app.Service<Md5Backfill>().ComputeAsync(file.Sha256, ct));
        await using (var db = app.Service<DepotDatabase>().CreateContext())
        {
            var at = DateTimeOffset.UtcNow;
            PreservationEventLog.Record(db, file, PreservationEventType.FixityCheck, EventOutcome.Failure, "SHA-256 differs", "Depot fixity audit", at, "local-b");
            PreservationEventLog.Record(db, file, PreservationEventType.Repair, EventOutcome.Success, "copied from local-a", "Depot fixity audit", at, "local-b");
            PreservationEventLog.Record(db, file, PreservationEventType.Deletion, EventOutcome.Success, "no longer needed", "admin@museum.test", at);
            await db.SaveChangesAsync(ct);
        }
        var client = await app.SignInAsync(museum, OrganisationRole.Viewer, ct);

        var response = await client.GetAsync($"/api/v1/organisations/museum/files/{file.Id}/premis.xml", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = await response.Content.ReadAsStringAsync(ct);
        var doc = XDocument.Parse(xml);
        var fixities = doc.Descendants(P + "fixity").ToDictionary(f => (string)f.Element(P + "messageDigestAlgorithm")!, f => (string)f.Element(P + "messageDigest")!);
        Assert.Equal(file.Sha256, fixities["SHA-256"]);
        Assert.Equal(Md5ForTests.Hex(bytes), fixities["MD5"]);
        Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)doc.Descendants(P + "size").Single());
        Assert.Equal("fmt/353", (string)doc.Descendants(P + "formatRegistryKey").Single());
        // The app's job worker may already have tried the derivatives (a "creation" event): not what this test is about.
        var types = doc.Descendants(P + "eventType").Select(t => ((string)t, (string)t.Attribute("valueURI")!)).Where(t => t.Item1 != "creation").ToList();
        // The ingest's own events first (one replication per store), then the three recorded above.
        Assert.Equal(
            [
                ("ingestion", "http://id.loc.gov/vocabulary/preservation/eventType/ing"),
                ("message digest calculation", "http://id.loc.gov/vocabulary/preservation/eventType/mes"),
                ("format identification", "http://id.loc.gov/vocabulary/preservation/eventType/for"),
                ("metadata extraction", "http://id.loc.gov/vocabulary/preservation/eventType/mee"),
                ("replication", "http://id.loc.gov/vocabulary/preservation/eventType/rep"),
                ("replication", "http://id.loc.gov/vocabulary/preservation/eventType/rep"),
            ], types.Take(6).OrderBy(t => t.Item1 == "ingestion" ? 0 : t.Item1 == "message digest calculation" ? 1 : t.Item1 == "format identification" ? 2 : t.Item1 == "metadata extraction" ? 3 : 4));
        Assert.Equal(
            [
                ("message digest calculation", "http://id.loc.gov/vocabulary/preservation/eventType/mes"),
                ("fixity check", "http://id.loc.gov/vocabulary/preservation/eventType/fix"),
                ("replication", "http://id.loc.gov/vocabulary/preservation/eventType/rep"),
                ("deaccession", "http://id.loc.gov/vocabulary/preservation/eventType/dea"),
            ], types.Skip(6));
        Assert.Contains(doc.Descendants(P + "eventDetail"), d => ((string)d).StartsWith("repair: copied from local-a", StringComparison.Ordinal));
        Assert.Contains(doc.Descendants(P + "eventOutcome"), o => (string)o == "failure");
        Assert.All(doc.Descendants(P + "eventIdentifierValue"), v => Assert.True(Guid.TryParse((string)v, out _)));
        var agents = doc.Descendants(P + "agent").Select(a => ((string)a.Element(P + "agentName")!, (string)a.Element(P + "agentType")!)).ToList();
        Assert.Contains(("Depot", "software"), agents);
        Assert.Contains(("admin@museum.test", "person"), agents);
        Assert.Contains(("tester@museum.test", "person"), agents);

        var folder = Directory.CreateTempSubdirectory("depot-premis-").FullName;
        var path = Path.Combine(folder, "premis.xml");
        await File.WriteAllTextAsync(path, xml, ct);
        var (exit, output) = await Xmllint.ValidateAsync(path, ReferenceData.Require(Xmllint.PremisSchema), folder, ct);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task Another_organisations_file_is_404_and_objects_files_share_one_document()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await PreservationApp.StartAsync(ct);
        var museum = await app.CreateOrganisationAsync("museum", ct);
        var other = await app.CreateOrganisationAsync("archief", ct);
        var record = await app.CreateObjectAsync(museum, "0002", "Kast", ct);
        var front = await app.AddFileAsync(museum, record.Id, "0002-voor.tif", [1, 2, 3], ct);
        await app.AddFileAsync(museum, record.Id, "0002-achter.tif", [4, 5, 6], ct);
        var outsider = await app.SignInAsync(other, OrganisationRole.OrganisationAdmin, ct);
        var member = await app.SignInAsync(museum, OrganisationRole.Viewer, ct);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/organisations/archief/files/{front.Id}/premis.xml", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/organisations/museum/files/{front.Id}/premis.xml", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/organisations/archief/files/premis.xml?objectId={record.Id}", ct)).StatusCode);

        var doc = XDocument.Parse(await member.GetStringAsync($"/api/v1/organisations/museum/files/premis.xml?objectId={record.Id}", ct));
        Assert.Equal(["0002-voor.tif", "0002-achter.tif"], doc.Descendants(P + "originalName").Select(n => (string)n));
        // Each file's ingest records the same kinds of event; the document holds both files' events.
        var perFile = doc.Descendants(P + "event").GroupBy(e => (string)e.Descendants(P + "linkingObjectIdentifierValue").First()).ToList();
        Assert.Equal(2, perFile.Count);
        Assert.All(perFile, events => Assert.Contains(events, e => (string)e.Element(P + "eventType")! == "ingestion"));
        Assert.Equal(perFile[0].Count(), perFile[1].Count());
    }
}
