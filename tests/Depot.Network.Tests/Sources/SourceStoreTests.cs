using Depot.Core.Network;
using Depot.Core.Validation;
using Depot.Network.Sources;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Tests.Sources;

public sealed class SourceStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_registered_source_is_listed_for_its_organisation_and_due_at_once(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        var source = await world.Store.CreateAsync(world.Ours,
            new SourceInput("  MSK Gent OAI ", HarvestSourceKind.OaiPmh, "https://oai.example.be/oai", "LIDO", "schilderijen", IntervalMinutes: 120), "An", Ct);

        var listed = Assert.Single(await world.Store.ListAsync(world.Ours, Ct));
        Assert.Equal(("MSK Gent OAI", "lido", "schilderijen", 120, 1), (listed.Name, listed.MetadataFormat, listed.SetSpec, listed.IntervalMinutes, listed.Version));
        Assert.Equal(SourcesWorld.Start, listed.NextRunAt);
        Assert.Equal("An", listed.CreatedBy);
        Assert.Empty(await world.Store.ListAsync(world.Theirs, Ct));
        Assert.Equal(source.Id, listed.Id);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Every_broken_rule_is_named_in_Dutch_and_English_and_nothing_is_saved(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        async Task<IReadOnlyList<FieldError>> Refused(SourceInput input) =>
            (await Assert.ThrowsAsync<ValidationFailedException>(() => world.Store.CreateAsync(world.Ours, input, "An", Ct))).Errors;

        var all = await Refused(new SourceInput("", HarvestSourceKind.OaiPmh, "ftp://oai.example.be/", "marc", IntervalMinutes: 1));
        Assert.Equal(["name.required", "url.invalid", "format.invalid", "interval.tooShort"], all.Select(e => e.Code));
        Assert.Contains("lido of edm of oai_dc", all.Single(e => e.Code == "format.invalid").MessageNl);
        Assert.Contains("every 5 minutes", all.Single(e => e.Code == "interval.tooShort").MessageEn);

        Assert.Equal("url.userInfo", Assert.Single(await Refused(new SourceInput("Bron", HarvestSourceKind.Ldes, "https://an:geheim@ldes.example.be/"))).Code);
        Assert.Equal("url.invalid", Assert.Single(await Refused(new SourceInput("Bron", HarvestSourceKind.Ldes, "/ldes/relatief"))).Code);
        Assert.Equal("format.invalid", Assert.Single(await Refused(new SourceInput("Bron", HarvestSourceKind.FileUrl, "https://x.example.be/a.xml", "edm"))).Code);
        Assert.Equal("format.invalid", Assert.Single(await Refused(new SourceInput("Bron", HarvestSourceKind.OaiPmh, "https://x.example.be/oai"))).Code);
        Assert.Empty(await world.Store.ListAsync(world.Ours, Ct));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_csv_file_needs_a_saved_mapping_of_the_same_organisation(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        var theirMapping = await world.AddMappingAsync(world.Theirs, Ct);
        var ourMapping = await world.AddMappingAsync(world.Ours, Ct);
        var csv = new SourceInput("Inventaris", HarvestSourceKind.FileUrl, "https://x.example.be/inventaris.csv", "csv");

        var none = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Store.CreateAsync(world.Ours, csv, "An", Ct));
        Assert.Equal("mapping.required", Assert.Single(none.Errors).Code);
        var other = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Store.CreateAsync(world.Ours, csv with { CsvMappingId = theirMapping }, "An", Ct));
        Assert.Equal("mapping.required", Assert.Single(other.Errors).Code);

        var saved = await world.Store.CreateAsync(world.Ours, csv with { CsvMappingId = ourMapping }, "An", Ct);
        Assert.Equal(ourMapping, saved.CsvMappingId);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Another_organisation_can_neither_read_change_nor_remove_a_source(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        var ours = await world.AddLdesAsync(world.Ours, "Onze stroom", Ct);

        Assert.Null(await world.Store.FindAsync(world.Theirs, ours.Id, Ct));
        Assert.Null(await world.Store.UpdateAsync(world.Theirs, ours.Id, 1, SourceInput.From(ours) with { Name = "Gekaapt" }, Ct));
        Assert.False(await world.Store.DeleteAsync(world.Theirs, ours.Id, Ct));

        var kept = await world.Store.FindAsync(world.Ours, ours.Id, Ct);
        Assert.Equal(("Onze stroom", world.Ours, 1), (kept!.Name, kept.OrganisationId, kept.Version));
        Assert.True(await world.Store.DeleteAsync(world.Ours, ours.Id, Ct));
        Assert.Null(await world.Store.FindAsync(world.Ours, ours.Id, Ct));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_stale_edit_is_refused_and_overwrites_nothing(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        var source = await world.AddLdesAsync(world.Ours, "Stroom", Ct);
        var first = await world.Store.UpdateAsync(world.Ours, source.Id, 1, SourceInput.From(source) with { Name = "Stroom A" }, Ct);
        Assert.Equal(2, first!.Version);
        Assert.Equal(2, (await world.Store.FindAsync(world.Ours, source.Id, Ct))!.Version);

        var stale = await Assert.ThrowsAsync<SourceChangedException>(() =>
            world.Store.UpdateAsync(world.Ours, source.Id, 1, SourceInput.From(source) with { Name = "Stroom B" }, Ct));
        Assert.Equal(2, stale.CurrentVersion);
        Assert.Contains("versie 2", stale.Nl);
        Assert.Equal("Stroom A", (await world.Store.FindAsync(world.Ours, source.Id, Ct))!.Name);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Pointing_a_source_elsewhere_starts_over_and_disabling_takes_it_off_the_schedule(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        var source = await world.AddLdesAsync(world.Ours, "Stroom", Ct);
        world.Harvester.Pages.Add(["+a"]);
        await world.HarvestAsync(source, Ct);
        await using (var db = world.Database.CreateContext())
            await db.HarvestSources.Where(s => s.Id == source.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.State, "page-1"), Ct);

        var renamed = await world.Store.UpdateAsync(world.Ours, source.Id, 1, SourceInput.From(source) with { Name = "Stroom 2" }, Ct);
        Assert.Equal("page-1", renamed!.State);
        var moved = await world.Store.UpdateAsync(world.Ours, source.Id, 2, SourceInput.From(renamed) with { Url = "https://elders.example.be/ldes" }, Ct);
        Assert.Equal("", moved!.State);

        var disabled = await world.Store.SetEnabledAsync(world.Ours, source.Id, 3, false, Ct);
        Assert.Equal((false, (DateTimeOffset?)null, 4), (disabled!.Enabled, disabled.NextRunAt, disabled.Version));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Names_are_unique_within_an_organisation_only(DatabaseEngine engine)
    {
        await using var world = await SourcesWorld.CreateAsync(engine, Ct);
        await world.AddLdesAsync(world.Ours, "Collectie", Ct);
        var twice = await Assert.ThrowsAsync<ValidationFailedException>(() => world.AddLdesAsync(world.Ours, "Collectie", Ct));
        Assert.Equal("name.taken", Assert.Single(twice.Errors).Code);
        Assert.Equal("Collectie", (await world.AddLdesAsync(world.Theirs, "Collectie", Ct)).Name);
    }
}
