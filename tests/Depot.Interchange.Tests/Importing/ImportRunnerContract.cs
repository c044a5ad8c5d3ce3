using Depot.Core;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Importing;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Interchange.Tests.Importing;

/// <summary>The import engine on SQLite and PostgreSQL: authorities, provenance, updates as versions, dry runs.</summary>
public sealed class ImportRunnerContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Import_creates_objects_with_matched_and_new_authorities_and_kept_fields(DatabaseEngine engine)
    {
        var w = await ImportRunnerWorld.CreateAsync(engine, Ct);
        var schilderij = await ExistingObjectNameAsync(w);
        var rubens = await w.Records.CreateAsync(w.OrganisationId,
            new Agent { Name = "P.P. Rubens", ExternalIds = [new ExternalId("viaf", "royal-rubens-1")] }, w.Registrar, Ct);

        var (summary, outcomes) = await w.RunAsync(ImportSamples.Three(), Ct);

        Assert.Equal((3, 3, 0, 0, 0), (summary.Records, summary.Created, summary.Updated, summary.Unchanged, summary.Refused));
        Assert.All(outcomes, o => Assert.Equal(RecordAction.Create, o.Action));
        Assert.Equal(1, summary.KeptPaths["lido:recordWrap/lido:recordSource"]);
        await using var db = w.Database.CreateContext();
        var objects = await db.Objects.Where(o => o.OrganisationId == w.OrganisationId).OrderBy(o => o.ObjectNumber).ToListAsync(Ct);
        Assert.Equal(["IMP-0001", "IMP-0002", "IMP-0003"], objects.Select(o => o.ObjectNumber));
        var first = objects[0];
        Assert.Equal(schilderij.Id, first.ObjectNameId);
        Assert.Equal(rubens.Id, first.Makers.Single().AgentId);
        Assert.Equal("schilder", first.Makers.Single().Role);
        Assert.Equal([new SourceField("lido:recordWrap/lido:recordSource", "KMSKA")], first.SourceFields);
        Assert.Equal("Aanbidding der koningen", first.PreferredTitle);

        // Unknown terms went into one import thesaurus per purpose, each term once; agents and places once.
        var doek = await db.Concepts.SingleAsync(c => c.OrganisationId == w.OrganisationId && c.PrefLabelNl == "doek", Ct);
        Assert.Equal(["http://vocab.getty.edu/aat/300014078"], doek.ExactMatches);
        var materials = await db.ConceptSchemes.SingleAsync(s => s.Id == doek.SchemeId, Ct);
        Assert.Equal(("Geïmporteerde termen (materialen)", ThesaurusPurpose.Material), (materials.TitleNl, materials.Purpose));
        Assert.Equal(1, await db.Concepts.CountAsync(c => c.PrefLabelNl == "olieverf", Ct));
        Assert.Equal(2, await db.Agents.CountAsync(a => a.OrganisationId == w.OrganisationId, Ct));
        Assert.Equal(1, await db.Places.CountAsync(p => p.OrganisationId == w.OrganisationId && p.Name == "Antwerpen", Ct));
        var barok = await db.Concepts.SingleAsync(c => c.PrefLabelNl == "barok", Ct);
        Assert.Contains(new SubjectReference(SubjectKind.MainMotif, barok.Id), first.Subjects);

        // Each object is whole: a version row with the import note, facet rows and a search row.
        var version = await db.RecordVersions.SingleAsync(v => v.RecordType == RecordType.Object && v.RecordId == first.Id, Ct);
        Assert.Equal(("geïmporteerd uit kmska.xml", 1), (version.Note, version.Version));
        Assert.Equal(2, await db.ObjectTerms.CountAsync(t => t.ObjectId == first.Id && t.Facet == Depot.Storage.Search.TermFacet.Material, Ct));
        Assert.Equal(3, await db.Provenance.CountAsync(p => p.OrganisationId == w.OrganisationId, Ct));
        Assert.Equal(1, await db.RecordVersions.CountAsync(v => v.RecordType == RecordType.Concept && v.RecordId == doek.Id && v.Note == "geïmporteerd uit kmska.xml", Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Same_file_again_changes_nothing_and_a_changed_record_becomes_one_new_version(DatabaseEngine engine)
    {
        var w = await ImportRunnerWorld.CreateAsync(engine, Ct);
        var records = ImportSamples.Three();
        await w.RunAsync(records, Ct);
        var versionsBefore = await CountVersionsAsync(w);

        var (again, _) = await w.RunAsync(records, Ct);

        Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(versionsBefore, await CountVersionsAsync(w));

        records[1] = ImportSamples.Record(2, "De satyr en de boerenfamilie", ImportSamples.Jordaens);
        var (changed, outcomes) = await w.RunAsync(records, Ct);

        Assert.Equal((0, 1, 2), (changed.Created, changed.Updated, changed.Unchanged));
        var update = outcomes.Single(o => o.Action == RecordAction.Update);
        Assert.Equal("IMP-0002", update.ObjectNumber);
        Assert.Equal(["titles", "preferredTitle"], update.ChangedFields);
        await using var db = w.Database.CreateContext();
        var satyr = await db.Objects.SingleAsync(o => o.ObjectNumber == "IMP-0002", Ct);
        Assert.Equal(("De satyr en de boerenfamilie", 2), (satyr.PreferredTitle, satyr.Version));
        var last = await db.RecordVersions.SingleAsync(v => v.RecordType == RecordType.Object && v.RecordId == satyr.Id && v.Version == 2, Ct);
        Assert.Equal("geïmporteerd uit kmska.xml", last.Note);
        Assert.Equal(["titles", "preferredTitle"], last.ChangedFields);
        Assert.Equal(versionsBefore + 1, await CountVersionsAsync(w));
        Assert.Equal(1, await db.Objects.CountAsync(o => o.OrganisationId == w.OrganisationId && o.ObjectNumber == "IMP-0002", Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task An_existing_object_is_matched_by_number_and_keeps_what_the_import_does_not_own(DatabaseEngine engine)
    {
        var w = await ImportRunnerWorld.CreateAsync(engine, Ct);
        var existing = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject
        {
            ObjectNumber = "IMP-0001",
            Titles = [new Title("Oude titel")],
            PublicationStatus = PublicationStatus.Public,
        }, w.Registrar, Ct);

        var (summary, outcomes) = await w.RunAsync(ImportSamples.Three(), Ct);

        Assert.Equal((2, 1), (summary.Created, summary.Updated));
        Assert.Contains("titles", outcomes.Single(o => o.Action == RecordAction.Update).ChangedFields);
        await using var db = w.Database.CreateContext();
        var updated = await db.Objects.SingleAsync(o => o.Id == existing.Id, Ct);
        Assert.Equal(("Aanbidding der koningen", PublicationStatus.Public, 2), (updated.PreferredTitle, updated.PublicationStatus, updated.Version));
        Assert.Equal(3, await db.Objects.CountAsync(o => o.OrganisationId == w.OrganisationId, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Dry_run_reports_every_record_and_writes_nothing(DatabaseEngine engine)
    {
        var w = await ImportRunnerWorld.CreateAsync(engine, Ct);
        var records = ImportSamples.Three();
        records.Add(ImportSamples.Record(4, "Zonder nummer") is var r ? r with { Object = r.Object with { ObjectNumber = "" } } : r);

        var (summary, outcomes) = await w.RunAsync(records, Ct, dryRun: true);

        Assert.True(summary.DryRun);
        Assert.Equal([RecordAction.Create, RecordAction.Create, RecordAction.Create, RecordAction.Refused], outcomes.Select(o => o.Action));
        Assert.Equal("objectNumber", outcomes[3].Issues.Single().Field);
        await using var db = w.Database.CreateContext();
        Assert.Equal(0, await db.Objects.CountAsync(Ct));
        Assert.Equal(0, await db.Concepts.CountAsync(Ct));
        Assert.Equal(0, await db.Agents.CountAsync(Ct));
        Assert.Equal(0, await db.ImportRuns.CountAsync(Ct));
    }

    private static async Task<Concept> ExistingObjectNameAsync(ImportRunnerWorld w)
    {
        await using var db = w.Database.CreateContext();
        var scheme = new ConceptScheme { OrganisationId = w.OrganisationId, Uri = "https://example.org/objectnamen", TitleNl = "Objectnamen", Purpose = ThesaurusPurpose.ObjectName, CreatedAt = DateTimeOffset.UtcNow };
        db.ConceptSchemes.Add(scheme);
        await db.SaveChangesAsync(Ct);
        return await w.Records.CreateAsync(w.OrganisationId, new Concept { SchemeId = scheme.Id, PrefLabelNl = "schilderij", PrefLabelEn = "painting" }, w.Registrar, Ct);
    }

    private static async Task<int> CountVersionsAsync(ImportRunnerWorld w)
    {
        await using var db = w.Database.CreateContext();
        return await db.RecordVersions.CountAsync(v => v.OrganisationId == w.OrganisationId, Ct);
    }
}
