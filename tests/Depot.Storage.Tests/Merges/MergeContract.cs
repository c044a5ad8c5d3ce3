using Depot.Core;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Merges;
using Depot.Storage.Tests.Support;

namespace Depot.Storage.Tests.Merges;

/// <summary>Merging duplicate authorities and undoing it, on SQLite and on PostgreSQL.</summary>
public sealed class MergeContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static RecordMerger Merger(StoreWorld w) => new(w.Database, w.Records, TimeProvider.System);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Merging_agents_moves_every_reference_and_soft_deletes_the_duplicate(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var kept = await w.AddAgentAsync("Rubens, Peter Paul", Ct);
        var dup = await w.AddAgentAsync("Rubens, P.P.", Ct);
        var made = await AddObjectAsync(w, "A1", o => o.Makers = [new MakerCredit(dup.Id, "schilder")]);
        var bought = await AddObjectAsync(w, "A2", o =>
        {
            o.Acquisition = new Acquisition(null, dup.Id, null, "aankoop");
            o.Subjects = [new SubjectReference(SubjectKind.DepictedAgent, dup.Id)];
        });
        var other = await AddObjectAsync(w, "A3", o => o.Makers = [new MakerCredit(kept.Id)]);

        var preview = await Merger(w).PreviewAsync(w.OrganisationId, RecordType.Agent, kept.Id, dup.Id, Ct);
        var merge = await Merger(w).MergeAsync(w.OrganisationId, RecordType.Agent, kept.Id, dup.Id, w.Registrar, Ct);

        Assert.Equal(2, preview.RecordsToChange);
        Assert.Equal(["A1", "A2"], await NumbersAsync(w, merge.Changes));
        Assert.All(merge.Changes, c => Assert.Equal((1, 2), (c.VersionBefore, c.VersionAfter)));
        var a1 = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, made.Id, Ct);
        var a2 = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, bought.Id, Ct);
        Assert.Equal(new MakerCredit(kept.Id, "schilder"), Assert.Single(a1.Makers));
        Assert.Equal(kept.Id, a2.Acquisition!.SourceAgentId);
        Assert.Equal(new SubjectReference(SubjectKind.DepictedAgent, kept.Id), Assert.Single(a2.Subjects));
        Assert.Equal(1, (await w.Records.GetAsync<CollectionObject>(w.OrganisationId, other.Id, Ct)).Version);
        Assert.Null(await w.Records.FindAsync<Agent>(w.OrganisationId, dup.Id, Ct));
        var deletion = (await w.History.ListAsync(w.OrganisationId, RecordType.Agent, dup.Id, Ct))[0];
        Assert.Contains($"samengevoegd met #{kept.Id}", deletion.Note, StringComparison.Ordinal);
        var stored = await Merger(w).FindAsync(w.OrganisationId, merge.Id, Ct);
        Assert.Equal((kept.Id, dup.Id, "An Peeters", 2), (stored!.KeptId, stored.RemovedId, stored.MergedBy, stored.Changes.Count));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Merging_concepts_rewrites_object_fields_and_narrower_terms(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var oak = await w.AddConceptAsync("eikenhout", Ct, "300012264");
        var oak2 = await w.AddConceptAsync("eik (hout)", Ct);
        var child = await w.Records.CreateAsync(w.OrganisationId, new Concept { SchemeId = w.SchemeId, PrefLabelNl = "moerbei-eik", BroaderId = oak2.Id }, w.Registrar, Ct);
        var chest = await AddObjectAsync(w, "K1", o =>
        {
            o.ObjectNameId = oak2.Id;
            o.MaterialIds = [oak.Id, oak2.Id];
            o.Subjects = [new SubjectReference(SubjectKind.MainMotif, oak2.Id)];
        });

        var merge = await Merger(w).MergeAsync(w.OrganisationId, RecordType.Concept, oak.Id, oak2.Id, w.Registrar, Ct);

        var k1 = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, chest.Id, Ct);
        Assert.Equal(oak.Id, k1.ObjectNameId);
        Assert.Equal([oak.Id], k1.MaterialIds);
        Assert.Equal(oak.Id, Assert.Single(k1.Subjects).RecordId);
        Assert.Equal(oak.Id, (await w.Records.GetAsync<Concept>(w.OrganisationId, child.Id, Ct)).BroaderId);
        Assert.Equal([RecordType.Object, RecordType.Concept], merge.Changes.Select(c => c.RecordType).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Undo_restores_the_old_references_and_the_removed_record(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var kept = await w.AddAgentAsync("Ensor, James", Ct);
        var dup = await w.AddAgentAsync("Ensor, J.", Ct);
        var o = await AddObjectAsync(w, "E1", x => x.Makers = [new MakerCredit(dup.Id, "schilder")]);
        var merge = await Merger(w).MergeAsync(w.OrganisationId, RecordType.Agent, kept.Id, dup.Id, w.OtherRegistrar, Ct);

        var result = await Merger(w).UndoAsync(w.OrganisationId, merge.Id, w.Registrar, Ct);

        Assert.True(result!.Undone);
        var e1 = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct);
        Assert.Equal((dup.Id, 3), (Assert.Single(e1.Makers).AgentId, e1.Version));
        Assert.False((await w.Records.GetAsync<Agent>(w.OrganisationId, dup.Id, Ct)).IsDeleted);
        var stored = await Merger(w).FindAsync(w.OrganisationId, merge.Id, Ct);
        Assert.Equal("An Peeters", stored!.UndoneBy);
        await Assert.ThrowsAsync<ValidationFailedException>(() => Merger(w).UndoAsync(w.OrganisationId, merge.Id, w.Registrar, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Undo_is_refused_and_names_records_changed_since_the_merge(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var kept = await w.AddAgentAsync("Permeke, Constant", Ct);
        var dup = await w.AddAgentAsync("Permeke, C.", Ct);
        var o = await AddObjectAsync(w, "P1", x => x.Makers = [new MakerCredit(dup.Id)]);
        var merge = await Merger(w).MergeAsync(w.OrganisationId, RecordType.Agent, kept.Id, dup.Id, w.Registrar, Ct);
        var edited = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, o.Id, Ct);
        edited.ShortDescription = "na de samenvoeging bewerkt";
        await w.Records.UpdateAsync(w.OrganisationId, edited, edited.Version, w.OtherRegistrar, Ct);

        var result = await Merger(w).UndoAsync(w.OrganisationId, merge.Id, w.Registrar, Ct);

        var conflict = Assert.Single(result!.Conflicts);
        Assert.Equal((RecordType.Object, o.Id, 2, 3, "Jan Claes"), (conflict.RecordType, conflict.RecordId, conflict.MergeVersion, conflict.CurrentVersion, conflict.ChangedBy));
        Assert.True((await w.Records.GetAsync<Agent>(w.OrganisationId, dup.Id, Ct, includeDeleted: true)).IsDeleted);
        Assert.Null((await Merger(w).FindAsync(w.OrganisationId, merge.Id, Ct))!.UndoneAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Merge_stays_inside_the_organisation(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (other, _) = await StoreWorld.AddOrganisationAsync(w.Database, "ander-museum", Ct);
        var kept = await w.AddAgentAsync("Magritte, René", Ct);
        var foreign = await w.Records.CreateAsync(other, new Agent { Name = "Magritte, R." }, w.Registrar, Ct);

        await Assert.ThrowsAsync<Depot.Storage.Records.RecordNotFoundException>(() =>
            Merger(w).MergeAsync(w.OrganisationId, RecordType.Agent, kept.Id, foreign.Id, w.Registrar, Ct));
        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Merger(w).MergeAsync(w.OrganisationId, RecordType.Agent, kept.Id, kept.Id, w.Registrar, Ct));
        Assert.Null(await Merger(w).FindAsync(other, 1, Ct));
    }

    private static Task<CollectionObject> AddObjectAsync(StoreWorld w, string number, Action<CollectionObject> set)
    {
        var o = new CollectionObject { ObjectNumber = number };
        set(o);
        return w.Records.CreateAsync(w.OrganisationId, o, w.Registrar, Ct);
    }

    private static async Task<List<string>> NumbersAsync(StoreWorld w, IEnumerable<MergeChange> changes)
    {
        var numbers = new List<string>();
        foreach (var c in changes.Where(c => c.RecordType == RecordType.Object))
            numbers.Add((await w.Records.GetAsync<CollectionObject>(w.OrganisationId, c.RecordId, Ct)).ObjectNumber);
        return [.. numbers.Order()];
    }
}
