using System.Net;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Core.Inventories;
using Depot.Core.Movements;
using Depot.Core.Procedures;
using Depot.Core.Registration.Batch;
using Depot.Core.Registration.Objects;
using Depot.Storage.Batch;
using Depot.Storage.Database;
using Depot.Storage.Images;
using Depot.Storage.Importing;
using Depot.Storage.Inventories;
using Depot.Storage.Merges;
using Depot.Storage.Records;
using Depot.Storage.Search;
using Depot.Storage.Sets;
using Depot.Interchange.Exporting;
using Depot.Web.Exports;
using Depot.Web.Tests.Support;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Tests.Api;

/// <summary>Two organisations; B has one record of every kind whose text is a secret nobody from A may see.</summary>
public sealed class IsolationWorld
{
    private readonly string secret = "GEHEIM-B-" + Guid.NewGuid().ToString("N")[..8];
    private Dictionary<string, long> bIds = [];

    public TestOrganisation A { get; private set; } = null!;
    public TestOrganisation B { get; private set; } = null!;
    private long bObjectId;
    private long bSetId;
    private long bImageId;

    public static async Task<IsolationWorld> CreateAsync(DepotApp app, CancellationToken ct)
    {
        var world = new IsolationWorld();
        // B first, so B's ids are never also ids of A's records (tokens in particular).
        world.B = await app.CreateOrganisationAsync("museum-b", ct);
        world.A = await app.CreateOrganisationAsync("museum-a", ct);
        var s = world.secret;
        var o = await app.CreateObjectAsync(world.B, "B.1", s, ct);
        world.bObjectId = o.Id;
        var location = await app.CreateLocationAsync(world.B, s, ct);
        world.bIds = new Dictionary<string, long>
        {
            ["objects"] = o.Id,
            ["agents"] = (await app.CreateAgentAsync(world.B, s, ct)).Id,
            ["places"] = (await app.CreatePlaceAsync(world.B, s, ct)).Id,
            ["concepts"] = (await app.CreateConceptAsync(world.B, s, ct)).Id,
            ["locations"] = location.Id,
            // A movement record of B's object (written directly, so the object itself stays at version 1) and an open campaign.
            ["movements"] = (await app.Service<RecordStore>().CreateAsync(world.B.Id, new Movement
            { ObjectId = o.Id, ToLocationId = location.Id, MovedAt = DateTimeOffset.UtcNow, MovedBy = s, Note = s }, Actor.System, ct)).Id,
            ["inventories"] = (await app.Service<InventoryStore>().StartAsync(world.B.Id, new InventoryStart(s, location.Id), Actor.System, ct)).Id,
            ["tokens"] = (await app.CreateTokenAsync(world.B, OrganisationRole.Registrar, ct)).Token.Id,
            ["concept-schemes"] = world.B.SchemeId,
            ["merges"] = await MergeInBAsync(app, world.B, s, ct),
        };
        await world.AddProceduresAsync(app, ct);
        // A werkset named with the secret, holding B's object, and a batch edit on it that changes nothing (the field is empty already).
        var sets = app.Service<SetStore>();
        var set = await sets.CreateAsync(world.B.Id, s, s, Actor.System, ct);
        await sets.AddAsync(world.B.Id, set.Id, [o.Id], ct);
        var batch = await app.Service<BatchEditStore>().StartAsync(world.B.Id, set.Id, new BatchChange(BatchField.NumberOfParts, BatchOperation.Set, ""), Actor.System, ct);
        world.bSetId = set.Id;
        world.bIds["sets"] = world.bIds["werksets"] = set.Id;
        world.bIds["batch-edits"] = world.bIds["batchbewerkingen"] = batch!.Id;
        // An uploaded import file named with the secret, not yet checked: the import routes are called with its id.
        world.bIds["imports"] = world.bIds["importeren"] = (await app.Service<ImportUploadStore>().AddAsync(new ImportUpload
        { OrganisationId = world.B.Id, FileName = s + ".csv", StoredPath = "b/upload.csv", Format = "Csv", SizeBytes = 1, UserName = s }, ct)).Id;
        // An export job of B: its status, its file and its page are reached with B's job id.
        world.bIds["exports"] = world.bIds["exporteren"] = (await app.Service<ExportJobs>().EnqueueAsync(world.B.Id,
            new ExportJobPayload(ExportFormat.Csv, new ObjectQuery { Text = s }, set.Id, ["objectNumber", "title"], ExportHeader.Dutch, "b.csv"), ct)).Id;
        // An image of B's object captioned with the secret: the image routes are called with its id.
        world.bImageId = (await app.Service<ObjectImageStore>().AddAsync(world.B.Id, o.Id, new MemoryStream(Depot.Storage.Demo.DemoPicture.Png("B", 8, 8)),
            "b.png", s, Actor.System, ct)).Image!.Id;
        return world;
    }

    /// <summary>One record of each procedure in B, about B's object, whose note is the secret (none changes the object).</summary>
    private async Task AddProceduresAsync(DepotApp app, CancellationToken ct)
    {
        var store = app.Service<RecordStore>();
        var agent = bIds["agents"];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var system = Actor.System;
        bIds["object-entries"] = (await store.CreateAsync(B.Id, new ObjectEntry
        { DepositorId = agent, EntryDate = today, ObjectIds = [bObjectId], Note = secret }, system, ct)).Id;
        bIds["acquisitions"] = (await store.CreateAsync(B.Id, new ObjectAcquisition { ObjectIds = [bObjectId], Note = secret }, system, ct)).Id;
        bIds["loans"] = (await store.CreateAsync(B.Id, new Loan
        { PartnerId = agent, StartDate = today, EndDate = today.AddDays(30), ObjectIds = [bObjectId], Note = secret }, system, ct)).Id;
        bIds["condition-checks"] = (await store.CreateAsync(B.Id, new ConditionCheck
        { Date = today, CheckerName = secret, ConditionId = bIds["concepts"], ObjectIds = [bObjectId], UpdatesObjects = false, Notes = secret }, system, ct)).Id;
        bIds["object-exits"] = (await store.CreateAsync(B.Id, new ObjectExit { ObjectIds = [bObjectId], Note = secret }, system, ct)).Id;
        // The procedure pages name the same records by their Dutch route segments.
        bIds["instroom"] = bIds["object-entries"];
        bIds["verwervingen"] = bIds["acquisitions"];
        bIds["bruiklenen"] = bIds["loans"];
        bIds["toestandscontroles"] = bIds["condition-checks"];
        bIds["uitstroom"] = bIds["object-exits"];
    }

    /// <summary>A merge of two of B's agents, so the merge routes are called with a real id of B.</summary>
    private static async Task<long> MergeInBAsync(DepotApp app, TestOrganisation b, string secret, CancellationToken ct)
    {
        var kept = await app.CreateAgentAsync(b, secret + " (blijft)", ct);
        var removed = await app.CreateAgentAsync(b, secret + " (dubbel)", ct);
        var merge = await app.Service<RecordMerger>().MergeAsync(b.Id, Depot.Core.RecordType.Agent, kept.Id, removed.Id, Actor.System, ct);
        return merge.Id;
    }

    /// <summary>Calls the route with {org} = the organisation and every {id} = B's record of that kind (1 where B has no such kind).</summary>
    public async Task<Reply> SendAsync(HttpClient client, OrganisationRoute route, TestOrganisation organisation, CancellationToken ct)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), Url(route.Pattern, organisation));
        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
        if (route.Method is "POST" or "PUT" or "PATCH")
            request.Content = JsonContent.Create(new
            {
                // One body that every record type binds: each ignores the others' fields.
                objectNumber = "X.1",
                name = "x",
                prefLabelNl = "x",
                schemeId = B.SchemeId,
                titleNl = "x",
                role = "registrar",
                email = "x@x",
                password = "x",
                version = 1,
            });
        var response = await client.SendAsync(request, ct);
        return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(ct), response.Headers.Location);
    }

    /// <summary>Whether every {id} of the route names a real record of B (so the call on A's route tests the stores' scoping).</summary>
    public bool HasRecordFor(OrganisationRoute route) =>
        route.Pattern.Parameters.Any(p => p.Name == "id") && bIds.ContainsKey(LiteralBefore(route.Pattern, "id") ?? "");

    /// <summary>
    /// API endpoints refuse with 404 (or 403 where reading is allowed); <paramref name="notFoundOnly"/> for A's own route.
    /// Razor Pages may also refuse by anti-forgery (400) or by redirecting elsewhere than B's records. Never 2xx, never B's data.
    /// </summary>
    public void AssertRefused(OrganisationRoute route, Reply reply, string what, bool notFoundOnly = false)
    {
        var status = (int)reply.Status;
        var refused = route.IsApi
            ? status == 404 || (!notFoundOnly && status == 403)
            : status is >= 300 and < 500 && reply.Location?.ToString().Contains(B.Slug, StringComparison.Ordinal) != true;
        Assert.True(refused, $"{what} answered {status} {reply.Location}: {reply.Body}");
        Assert.False(reply.Body.Contains(secret, StringComparison.Ordinal), $"{what} leaked B's data: {reply.Body}");
        Assert.False(reply.Body.Contains("Museum museum-b", StringComparison.Ordinal), $"{what} leaked B's name: {reply.Body}");
    }

    public async Task AssertBUnchangedAsync(DepotApp app, CancellationToken ct)
    {
        var o = await app.Service<RecordStore>().GetAsync<CollectionObject>(B.Id, bObjectId, ct);
        // Version 2: adding B's image set HasImage.
        Assert.Equal(2, o.Version);
        var image = Assert.Single(await app.Service<ObjectImageStore>().ListAsync(B.Id, bObjectId, ct));
        Assert.Equal((bImageId, secret, true), (image.Id, image.Caption, image.IsPublic));
        await using var db = app.Service<DepotDatabase>().CreateContext();
        Assert.Equal(1, await db.Objects.CountAsync(x => x.OrganisationId == B.Id, ct));
        Assert.Equal(0, await db.Objects.CountAsync(x => x.OrganisationId == A.Id, ct));
        Assert.Equal(1, await db.ConceptSchemes.CountAsync(x => x.OrganisationId == B.Id, ct));
        Assert.True(await db.ApiTokens.AllAsync(t => t.OrganisationId != B.Id || t.RevokedAt == null, ct));
        Assert.Equal(1, await db.Set<Movement>().CountAsync(x => x.OrganisationId == B.Id || x.ObjectId == bObjectId, ct));
        Assert.Equal(InventoryStatus.Open, (await app.Service<RecordStore>().GetAsync<Inventory>(B.Id, bIds["inventories"], ct)).Status);
        Assert.Equal(secret, (await db.ObjectSets.SingleAsync(x => x.Id == bSetId, ct)).Name);
        Assert.Equal(1, await db.ObjectSetMembers.CountAsync(m => m.SetId == bSetId, ct));
        Assert.Equal(0, await db.ObjectSets.CountAsync(x => x.OrganisationId == A.Id && x.Kind == ObjectSetKind.Werkset, ct));
        Assert.True(await db.BatchEdits.AllAsync(b => b.OrganisationId != B.Id || b.UndoJobId == null, ct));
        Assert.Equal(0, await db.BatchEdits.CountAsync(b => b.OrganisationId == A.Id, ct));
        Assert.True(await db.ImportUploads.AllAsync(u => u.OrganisationId != B.Id || (u.Stage == ImportStage.Uploaded && u.CheckJobId == null), ct));
        Assert.Equal(0, await db.ImportUploads.CountAsync(u => u.OrganisationId == A.Id, ct));
    }

    private string Url(RoutePattern pattern, TestOrganisation organisation)
    {
        var parts = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
                text += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart { Name: "org" } => organisation.Slug,
                    RoutePatternParameterPart { Name: "imageId" } => bImageId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    RoutePatternParameterPart { Name: "id" } when bIds.TryGetValue(LiteralBefore(pattern, "id") ?? "", out var id) =>
                        id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    // Versions, and ids of kinds B has no record of: the organisation check must refuse regardless.
                    RoutePatternParameterPart => "1",
                    _ => "",
                };
            parts.Add(text);
        }
        return "/" + string.Join('/', parts);
    }

    /// <summary>The literal segment before a parameter: <c>objects</c> in <c>/objects/{id}</c>.</summary>
    private static string? LiteralBefore(RoutePattern pattern, string parameter)
    {
        string? literal = null;
        foreach (var segment in pattern.PathSegments)
        {
            if (segment.Parts.Any(p => p is RoutePatternParameterPart q && q.Name == parameter)) return literal;
            if (segment.Parts is [RoutePatternLiteralPart l]) literal = l.Content;
        }
        return null;
    }
}

public sealed record Reply(HttpStatusCode Status, string Body, Uri? Location);
