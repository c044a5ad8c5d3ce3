using Depot.Core;
using Depot.Core.Registration.Authorities;
using Depot.Interchange.Skos;
using Depot.Interchange.Tests.Support;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Interchange.Tests.Skos;

/// <summary>The SKOS import into an organisation's thesaurus, on SQLite and on PostgreSQL.</summary>
public sealed class SkosImportContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Import_creates_a_scheme_with_concepts_hierarchy_and_a_report(DatabaseEngine engine)
    {
        var w = await ImportWorld.CreateAsync(engine, Ct);

        var report = await w.ImportSampleAsync("objects-small.ttl", Ct, new SkosImportOptions(Purpose: ThesaurusPurpose.ObjectName));

        Assert.Equal((4, 0, 0), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(["broader.unknown", "prefLabel.missing", "prefLabel.nl.missing"], report.Warnings.Select(x => x.Code).Order());
        await using var db = w.Database.CreateContext();
        var scheme = await db.ConceptSchemes.SingleAsync(s => s.Id == report.SchemeId, Ct);
        Assert.Equal(("https://example.org/thes/objects", "Objectnamen (test)", "Object names (test)", ThesaurusPurpose.ObjectName),
            (scheme.Uri, scheme.TitleNl, scheme.TitleEn, scheme.Purpose));
        var concepts = await db.Concepts.Where(c => c.OrganisationId == w.OrganisationId).ToDictionaryAsync(c => c.Uri, Ct);
        var meubel = concepts["https://example.org/thes/objects/1"];
        var kast = concepts["https://example.org/thes/objects/2"];
        Assert.Equal(meubel.Id, kast.BroaderId);
        Assert.Equal(meubel.Id, concepts["https://example.org/thes/objects/3"].BroaderId);
        Assert.Equal(["schrank", "armoire"], kast.AltLabels);
        Assert.Equal(["http://www.wikidata.org/entity/Q15026"], concepts["https://example.org/thes/objects/3"].CloseMatches);
        Assert.True(meubel.IsLinkedToAat);
        Assert.Equal(1, kast.Version);
        Assert.Equal(4, await db.RecordVersions.CountAsync(v => v.RecordType == RecordType.Concept, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Re_import_updates_in_place_and_versions_only_changed_concepts(DatabaseEngine engine)
    {
        var w = await ImportWorld.CreateAsync(engine, Ct);
        var first = await w.ImportSampleAsync("objects-small.ttl", Ct);
        var again = await w.ImportSampleAsync("objects-small.ttl", Ct);
        Assert.Equal((0, 0, 4), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(first.SchemeId, again.SchemeId);

        var changed = File.ReadAllText(Samples.Path("objects-small.ttl")).Replace("\"stoel\"@nl", "\"zetel\"@nl", StringComparison.Ordinal);
        var doc = SkosDocument.Read(Depot.Interchange.Rdf.TurtleReader.Read(new StringReader(changed)));
        var third = await w.Importer.ImportAsync(w.OrganisationId, doc, new SkosImportOptions(), w.Registrar, Ct);

        Assert.Equal((0, 1, 3), (third.Created, third.Updated, third.Unchanged));
        await using var db = w.Database.CreateContext();
        Assert.Equal(1, await db.ConceptSchemes.CountAsync(s => s.OrganisationId == w.OrganisationId, Ct));
        var stoel = await db.Concepts.SingleAsync(c => c.Uri == "https://example.org/thes/objects/3", Ct);
        Assert.Equal(("zetel", 2), (stoel.PrefLabelNl, stoel.Version));
        Assert.Equal(5, await db.RecordVersions.CountAsync(v => v.RecordType == RecordType.Concept, Ct));
        Assert.Equal(4, await db.Concepts.CountAsync(c => c.OrganisationId == w.OrganisationId, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Rdf_xml_import_sets_broader_from_the_file(DatabaseEngine engine)
    {
        var w = await ImportWorld.CreateAsync(engine, Ct);

        var report = await w.ImportSampleAsync("techniques.rdf", Ct);

        Assert.Equal(2, report.Created);
        Assert.Empty(report.Warnings);
        await using var db = w.Database.CreateContext();
        var etsen = await db.Concepts.SingleAsync(c => c.PrefLabelNl == "etsen", Ct);
        var druk = await db.Concepts.SingleAsync(c => c.PrefLabelNl == "druktechniek", Ct);
        Assert.Equal(druk.Id, etsen.BroaderId);
        Assert.Equal("Technieken (test)", (await db.ConceptSchemes.SingleAsync(Ct)).TitleNl);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Reference_materials_thesaurus_imports_whole(DatabaseEngine engine)
    {
        var path = ReferenceData.Require(Path.Combine("skos", "MATERIALS-full.ttl"));
        var w = await ImportWorld.CreateAsync(engine, Ct);
        await using var stream = File.OpenRead(path);
        var doc = SkosFile.Read(stream, path);

        var report = await w.Importer.ImportAsync(w.OrganisationId, doc, new SkosImportOptions(Purpose: ThesaurusPurpose.Material), w.Registrar, Ct);

        Assert.Equal(45, report.Created);
        Assert.Equal("Materialen", report.SchemeTitle);
        Assert.DoesNotContain(report.Warnings, x => x.Code is "prefLabel.missing" or "broader.unknown");
        await using var db = w.Database.CreateContext();
        var brons = await db.Concepts.SingleAsync(c => c.Uri == "https://id.erfgoed.net/thesauri/materialen/14", Ct);
        Assert.Equal("brons", brons.PrefLabelNl);
        Assert.Equal("Brons is een legering van koper en tin.", brons.ScopeNote);
        var parent = await db.Concepts.SingleAsync(c => c.Id == brons.BroaderId, Ct);
        Assert.Equal("https://id.erfgoed.net/thesauri/materialen/13", parent.Uri);
    }
}
