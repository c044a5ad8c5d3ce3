using System.Globalization;
using System.Text.Json.Nodes;
using Depot.Core.Registration.Batch;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Storage.Batch;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Storage.Sets;
using Depot.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Tests.Batch;

/// <summary>
/// The batch edit's fast path writes exactly what <see cref="RecordStore"/> writes: the same change
/// applied to the same objects in two fresh databases — once as a batch, once record by record
/// through the store — leaves identical object rows, versions, facet rows and search documents
/// (only the timestamps differ).
/// </summary>
public sealed class BatchEquivalenceContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<DatabaseEngine, BatchField, BatchOperation, string> Changes()
    {
        var data = new TheoryData<DatabaseEngine, BatchField, BatchOperation, string>();
        foreach (var engine in new[] { DatabaseEngine.Sqlite, DatabaseEngine.Postgres })
        {
            data.Add(engine, BatchField.Material, BatchOperation.Add, "brons");
            data.Add(engine, BatchField.Subject, BatchOperation.Set, "brons");
            data.Add(engine, BatchField.ObjectName, BatchOperation.Set, "beeld");
            data.Add(engine, BatchField.Licence, BatchOperation.Set, "https://creativecommons.org/publicdomain/zero/1.0/");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Batch_edit_writes_the_same_rows_as_the_record_store(DatabaseEngine engine, BatchField field, BatchOperation operation, string value)
    {
        var viaBatch = await SeedAsync(engine);
        var viaStore = await SeedAsync(engine);
        var concept = await ConceptIdAsync(viaBatch.World, value);
        Assert.Equal(concept, await ConceptIdAsync(viaStore.World, value));
        var change = new BatchChange(field, operation, concept?.ToString(CultureInfo.InvariantCulture) ?? value);

        var sets = new SetStore(viaBatch.World.Database, TimeProvider.System);
        var selection = await sets.SelectionAsync(viaBatch.World.OrganisationId, viaBatch.World.Registrar, Ct);
        await sets.AddAsync(viaBatch.World.OrganisationId, selection.Id, viaBatch.Ids, Ct);
        var batch = await new BatchEditStore(viaBatch.World.Database, TimeProvider.System)
            .StartAsync(viaBatch.World.OrganisationId, selection.Id, change, viaBatch.World.Registrar, Ct);
        await new BatchEditRunner(viaBatch.World.Database, TimeProvider.System).RunAsync(batch!.Id, (_, _, _) => Task.CompletedTask, Ct);

        var w = viaStore.World;
        foreach (var id in viaStore.Ids)
        {
            var o = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, id, Ct);
            if (change.Apply(o)) await w.Records.UpdateAsync(w.OrganisationId, o, o.Version, w.Registrar, Ct, $"batch edit {batch.Id}");
        }

        var expected = await DumpAsync(viaStore.World.Database);
        var actual = await DumpAsync(viaBatch.World.Database);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], actual[i]);
        Assert.Contains(actual, line => line.StartsWith("version|", StringComparison.Ordinal) && line.Contains("|2|Updated|", StringComparison.Ordinal));
    }

    private sealed record Seeded(StoreWorld World, List<long> Ids);

    private static async Task<Seeded> SeedAsync(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var oil = await w.AddConceptAsync("olieverf", Ct);
        await w.AddConceptAsync("brons", Ct);
        var statue = await w.AddConceptAsync("beeld", Ct);
        var maker = await w.AddAgentAsync("Quellinus, Artus", Ct);
        var ids = new List<long>();
        for (var i = 1; i <= 8; i++)
            ids.Add((await w.Records.CreateAsync(w.OrganisationId, new CollectionObject
            {
                ObjectNumber = $"2001.{i}",
                ObjectNameId = i % 3 == 0 ? statue.Id : null,
                Titles = [new Title($"Engel met trompet {i}")],
                ShortDescription = "Bozzetto",
                Makers = i % 2 == 0 ? [new MakerCredit(maker.Id, "beeldhouwer")] : [],
                Dating = HistoricalDate.Parse(i % 2 == 0 ? "ca. 1660" : "17de eeuw"),
                MaterialIds = i % 4 == 0 ? [oil.Id] : [],
                Subjects = i % 4 == 1 ? [new SubjectReference(SubjectKind.MainMotif, oil.Id)] : [],
                Rights = i == 5 ? new Rights("https://creativecommons.org/publicdomain/zero/1.0/", "Museum", "") : Rights.None,
            }, w.Registrar, Ct)).Id);
        return new Seeded(w, ids);
    }

    private static async Task<long?> ConceptIdAsync(StoreWorld w, string label)
    {
        await using var db = w.Database.CreateContext();
        return await db.Concepts.Where(c => c.PrefLabelNl == label).Select(c => (long?)c.Id).SingleOrDefaultAsync(Ct);
    }

    /// <summary>Every derived row of the objects, as lines, with timestamps taken out.</summary>
    private static async Task<List<string>> DumpAsync(DepotDatabase database)
    {
        await using var db = database.CreateContext();
        var lines = new List<string>();
        foreach (var o in await db.Objects.AsNoTracking().OrderBy(o => o.Id).Select(o => new
        {
            Row = o,
            Sort = EF.Property<string>(o, "ObjectNumberSort"),
            Title = EF.Property<string>(o, "Title"),
            Earliest = EF.Property<int?>(o, "DatingEarliest"),
            Latest = EF.Property<int?>(o, "DatingLatest"),
            Century = EF.Property<int?>(o, "Century"),
        }).ToListAsync(Ct))
            lines.Add($"object|{Strip(DepotJson.Serialize(o.Row))}|{o.Sort}|{o.Title}|{o.Earliest}|{o.Latest}|{o.Century}");
        foreach (var v in await db.RecordVersions.AsNoTracking().Where(v => v.RecordType == Core.RecordType.Object)
            .OrderBy(v => v.RecordId).ThenBy(v => v.Version).ToListAsync(Ct))
            lines.Add($"version|{v.RecordId}|{v.Version}|{v.Change}|{v.ChangedBy}|{v.UserId}|{v.Note}|{string.Join(",", v.ChangedFields)}|{Strip(v.Snapshot)}");
        foreach (var t in await db.ObjectTerms.AsNoTracking().OrderBy(t => t.ObjectId).ThenBy(t => t.Facet).ThenBy(t => t.ValueId).ToListAsync(Ct))
            lines.Add($"term|{t.ObjectId}|{t.OrganisationId}|{t.Facet}|{t.ValueId}");
        var sql = db.Engine == DatabaseEngine.Sqlite
            ? "SELECT rowid AS \"Id\", body AS \"Value\" FROM object_search ORDER BY rowid"
            : "SELECT object_id AS \"Id\", document::text AS \"Value\" FROM object_search ORDER BY object_id";
        foreach (var row in await db.Database.SqlQueryRaw<SearchRow>(sql).ToListAsync(Ct))
            lines.Add($"search|{row.Id}|{row.Value}");
        return lines;
    }

    private static string Strip(string snapshot)
    {
        var node = JsonNode.Parse(snapshot)!.AsObject();
        node.Remove("updatedAt");
        node.Remove("createdAt");
        return node.ToJsonString();
    }

    private sealed record SearchRow(long Id, string Value);
}
