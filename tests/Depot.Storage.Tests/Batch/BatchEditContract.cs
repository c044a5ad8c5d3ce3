using Depot.Core.Registration.Batch;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Batch;
using Depot.Storage.Database;
using Depot.Storage.Sets;
using Depot.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Tests.Batch;

/// <summary>Batch edits and their undo, run on SQLite and on PostgreSQL.</summary>
public sealed class BatchEditContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Func<long, long, CancellationToken, Task> NoProgress = (_, _, _) => Task.CompletedTask;

    internal sealed record Batch(StoreWorld World, SetStore Sets, BatchEditStore Store, BatchEditRunner Runner, ObjectSet Selection, List<long> Ids, long Oil, long Bronze);

    internal static async Task<Batch> ArrangeAsync(DatabaseEngine engine, int count)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var oil = await w.AddConceptAsync("olieverf", Ct);
        var bronze = await w.AddConceptAsync("brons", Ct);
        var ids = new List<long>();
        for (var i = 1; i <= count; i++)
            ids.Add((await w.Records.CreateAsync(w.OrganisationId, new CollectionObject
            {
                ObjectNumber = $"B.{i}",
                Titles = [new Title($"Beeld {i}")],
                MaterialIds = i % 2 == 0 ? [oil.Id] : [],
                NumberOfParts = 1,
            }, w.Registrar, Ct)).Id);
        var sets = new SetStore(w.Database, TimeProvider.System);
        var selection = await sets.SelectionAsync(w.OrganisationId, w.Registrar, Ct);
        await sets.AddAsync(w.OrganisationId, selection.Id, ids, Ct);
        return new Batch(w, sets, new BatchEditStore(w.Database, TimeProvider.System), new BatchEditRunner(w.Database, TimeProvider.System),
            selection, ids, oil.Id, bronze.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Batch_adds_a_material_with_one_version_per_changed_object_and_skips_objects_changed_meanwhile(DatabaseEngine engine)
    {
        var b = await ArrangeAsync(engine, 6);
        var w = b.World;
        var batch = await b.Store.StartAsync(w.OrganisationId, b.Selection.Id, new BatchChange(BatchField.Material, BatchOperation.Add, b.Bronze.ToString(System.Globalization.CultureInfo.InvariantCulture)), w.Registrar, Ct);
        Assert.Equal((6L, BatchEditState.Queued, "brons"), (batch!.Total, batch.State, batch.ValueLabel));

        // Somebody edits object 3 after the batch was started: the batch leaves it alone.
        var third = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, b.Ids[2], Ct);
        third.ShortDescription = "Intussen aangepast";
        await w.Records.UpdateAsync(w.OrganisationId, third, 1, w.OtherRegistrar, Ct);

        await b.Runner.RunAsync(batch.Id, NoProgress, Ct);

        var done = (await b.Store.FindAsync(w.OrganisationId, batch.Id, Ct))!;
        Assert.Equal((BatchEditState.Done, 5L, 0L, 1L), (done.State, done.Changed, done.Unchanged, done.Skipped));
        Assert.Equal([b.Ids[2]], await b.Store.SkippedAsync(w.OrganisationId, batch.Id, undo: false, 10, Ct));
        var second = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, b.Ids[1], Ct);
        Assert.Equal([b.Oil, b.Bronze], second.MaterialIds);
        Assert.Equal(2, second.Version);
        Assert.Equal([b.Bronze], (await w.Records.GetAsync<CollectionObject>(w.OrganisationId, b.Ids[0], Ct)).MaterialIds);
        Assert.Empty((await w.Records.GetAsync<CollectionObject>(w.OrganisationId, b.Ids[2], Ct)).MaterialIds);

        var history = await w.History.ListAsync(w.OrganisationId, Core.RecordType.Object, b.Ids[1], Ct);
        var last = history.OrderBy(v => v.Version).Last();
        Assert.Equal((2, "An Peeters", $"batch edit {batch.Id}"), (last.Version, last.ChangedBy, last.Note));
        Assert.Equal(["materialIds"], last.ChangedFields);
        // The facet rows follow: a material filter on bronze finds the five.
        var search = new Depot.Storage.Search.ObjectSearch(w.Database);
        Assert.Equal(5, (await search.SearchAsync(w.OrganisationId, new Depot.Storage.Search.ObjectQuery { Materials = [b.Bronze] }, "nl", Ct)).Total);
        Assert.Equal(5, (await search.SearchAsync(w.OrganisationId, new Depot.Storage.Search.ObjectQuery { Text = "brons" }, "nl", Ct)).Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Undo_restores_the_previous_values_as_new_versions_and_reports_objects_changed_since(DatabaseEngine engine)
    {
        var b = await ArrangeAsync(engine, 4);
        var w = b.World;
        var batch = await b.Store.StartAsync(w.OrganisationId, b.Selection.Id, new BatchChange(BatchField.NumberOfParts, BatchOperation.Set, "3"), w.Registrar, Ct);
        await b.Runner.RunAsync(batch!.Id, NoProgress, Ct);
        var changedSince = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, b.Ids[0], Ct);
        changedSince.ShortDescription = "Na de batch aangepast";
        await w.Records.UpdateAsync(w.OrganisationId, changedSince, 2, w.OtherRegistrar, Ct);

        await b.Store.StartUndoAsync(w.OrganisationId, batch.Id, w.OtherRegistrar, Ct);
        await b.Runner.UndoAsync(batch.Id, NoProgress, Ct);

        var undone = (await b.Store.FindAsync(w.OrganisationId, batch.Id, Ct))!;
        Assert.Equal((BatchEditState.Undone, 3L, 1L), (undone.State, undone.Undone, undone.UndoSkipped));
        Assert.Equal([b.Ids[0]], await b.Store.SkippedAsync(w.OrganisationId, batch.Id, undo: true, 10, Ct));
        var restored = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, b.Ids[1], Ct);
        Assert.Equal((1, 3), (restored.NumberOfParts!.Value, restored.Version));
        Assert.Equal(3, (await w.Records.GetAsync<CollectionObject>(w.OrganisationId, b.Ids[0], Ct)).NumberOfParts);

        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => b.Store.StartUndoAsync(w.OrganisationId, batch.Id, w.Registrar, Ct));
        Assert.Equal("batch.notUndoable", Assert.Single(again.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Unknown_term_empty_selection_and_another_organisations_set_are_refused(DatabaseEngine engine)
    {
        var b = await ArrangeAsync(engine, 1);
        var w = b.World;
        var unknown = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            b.Store.StartAsync(w.OrganisationId, b.Selection.Id, new BatchChange(BatchField.Material, BatchOperation.Add, "987654"), w.Registrar, Ct));
        Assert.Equal("concept.unknown", Assert.Single(unknown.Errors).Code);

        var empty = await b.Sets.CreateAsync(w.OrganisationId, "Leeg", "", w.Registrar, Ct);
        var none = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            b.Store.StartAsync(w.OrganisationId, empty.Id, new BatchChange(BatchField.PublicationStatus, BatchOperation.Set, "Public"), w.Registrar, Ct));
        Assert.Equal("batch.empty", Assert.Single(none.Errors).Code);

        var (other, _) = await StoreWorld.AddOrganisationAsync(w.Database, "museum-b", Ct);
        Assert.Null(await b.Store.StartAsync(other, b.Selection.Id, new BatchChange(BatchField.PublicationStatus, BatchOperation.Set, "Public"), w.Registrar, Ct));
        await using var db = w.Database.CreateContext();
        Assert.Equal(0, await db.BatchEdits.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_batch_stopped_midway_resumes_without_changing_any_object_twice(DatabaseEngine engine)
    {
        var b = await ArrangeAsync(engine, 1);
        var w = b.World;
        var more = Enumerable.Range(2, BatchEditRunner.ChunkSize + 200).Select(i => new CollectionObject { ObjectNumber = $"B.{i}", Titles = [new Title($"Beeld {i}")] });
        await new Depot.Storage.Bulk.BulkLoader(w.Database, TimeProvider.System).LoadObjectsAsync(w.OrganisationId, more, w.Registrar, null, Ct);
        await b.Sets.AddMatchingAsync(w.OrganisationId, b.Selection.Id, new Depot.Storage.Search.ObjectQuery(), Ct);
        var batch = await b.Store.StartAsync(w.OrganisationId, b.Selection.Id, new BatchChange(BatchField.PublicationStatus, BatchOperation.Set, "Public"), w.Registrar, Ct);

        // The process "dies" after the first chunk has committed.
        await Assert.ThrowsAsync<OperationCanceledException>(() => b.Runner.RunAsync(batch!.Id, (_, _, _) => throw new OperationCanceledException(), Ct));
        var halfway = (await b.Store.FindAsync(w.OrganisationId, batch!.Id, Ct))!;
        Assert.Equal((BatchEditState.Running, (long)BatchEditRunner.ChunkSize), (halfway.State, halfway.Changed));

        await b.Runner.RunAsync(batch.Id, NoProgress, Ct);

        var done = (await b.Store.FindAsync(w.OrganisationId, batch.Id, Ct))!;
        Assert.Equal((BatchEditState.Done, BatchEditRunner.ChunkSize + 201L, 0L), (done.State, done.Changed, done.Skipped));
        await using var db = w.Database.CreateContext();
        Assert.Equal(BatchEditRunner.ChunkSize + 201, await db.RecordVersions.CountAsync(v => v.Note == $"batch edit {batch.Id}", Ct));
        Assert.Equal(0, await db.Objects.CountAsync(o => o.PublicationStatus != PublicationStatus.Public, Ct));
    }
}
