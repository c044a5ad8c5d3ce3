using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;
using Depot.Storage.Publishing;

namespace Depot.Publishing.Tests.Ldes;

/// <summary>The reference LDES client replicates the streams of a live Depot, and later only what is new.</summary>
public sealed class LdesReplicationTests
{
    private const string Tombstone = "https://www.w3.org/ns/activitystreams#Tombstone";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_ldes_client_replicates_every_member_and_after_edits_receives_exactly_the_new_ones()
    {
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Publishing:LdesPageSize=3");
        var museum = await depot.CreateOrganisationAsync("stadsmuseum", Ct);
        var archive = await depot.CreateOrganisationAsync("erfgoedcel", Ct);
        var objects = new List<CollectionObject>();
        for (var i = 1; i <= 5; i++)
            objects.Add(await depot.CreatePublicObjectAsync(museum, $"SM.{i}", $"Schilderij {i}", Ct));
        await depot.CreateAsync(museum, new CollectionObject { ObjectNumber = "SM.INT", Titles = [new Title("Intern depotstuk")] }, Ct);
        await depot.CreatePublicObjectAsync(archive, "EC.1", "Processievaandel", Ct);
        await depot.CreatePublicObjectAsync(archive, "EC.2", "Gildeboek", Ct);
        await depot.CatchUpAsync(Ct);

        var state = Directory.CreateTempSubdirectory("ldes-state-").FullName;
        var first = await LdesClientRun.ReplicateAsync($"{depot.BaseUrl}/ldes/stadsmuseum", state, Ct);
        await AssertReceivedAsync(depot, museum.Id, 0, first);
        Assert.All(first.Members, m => Assert.StartsWith(depot.Uris.Id("object", ""), m.IsVersionOf));
        Assert.Contains(first.Members, m => m.Quads.Any(q => q[2] == "Schilderij 3"));

        var sector = await LdesClientRun.ReplicateAsync($"{depot.BaseUrl}/ldes/sector", null, Ct);
        await AssertReceivedAsync(depot, null, 0, sector);
        Assert.Equal(7, sector.Members.Count);

        var seen = (await depot.Service<PublicationStore>().EventsAsync(museum.Id, 0, 1000, Ct))[^1].Event.Sequence;
        var changed = objects[0];
        changed.Titles = [new Title("Schilderij 1 (gerestaureerd)")];
        await depot.UpdateAsync(museum, changed, Ct);
        var withdrawn = objects[1];
        withdrawn.PublicationStatus = PublicationStatus.Internal;
        await depot.UpdateAsync(museum, withdrawn, Ct);
        var internalEdit = objects[2];
        internalEdit.ConditionNote = "Craquelé in de vernislaag";
        await depot.UpdateAsync(museum, internalEdit, Ct);
        await depot.CreatePublicObjectAsync(museum, "SM.6", "Schilderij 6", Ct);
        await depot.CatchUpAsync(Ct);

        var second = await LdesClientRun.ReplicateAsync($"{depot.BaseUrl}/ldes/stadsmuseum", state, Ct);
        await AssertReceivedAsync(depot, museum.Id, seen, second);
        Assert.Equal(3, second.Members.Count);
        var tombstone = Assert.Single(second.Members, m => m.Quads.Any(q => q[2] == Tombstone));
        Assert.Equal(depot.Uris.Object(withdrawn.Id), tombstone.IsVersionOf);
        Assert.Contains(second.Members, m => m.IsVersionOf == depot.Uris.Object(changed.Id) && m.Quads.Any(q => q[2] == "Schilderij 1 (gerestaureerd)"));
    }

    /// <summary>The run received exactly the stream's events after <paramref name="after"/>, each once, with its time.</summary>
    private static async Task AssertReceivedAsync(PublicDepot depot, long? organisationId, long after, LdesClientRun run)
    {
        var events = await depot.Service<PublicationStore>().EventsAsync(organisationId, after, 1000, Ct);
        Assert.Equal(
            events.Select(e => depot.Uris.Route($"ldes/members/{e.Event.Sequence}")).Order(),
            run.Members.Select(m => m.Id).Order());
        Assert.All(run.Members, m => Assert.False(string.IsNullOrEmpty(m.Timestamp)));
        Assert.All(events, e => Assert.Equal(depot.Uris.Object(e.Event.RecordId),
            run.Members.Single(m => m.Id.EndsWith($"/members/{e.Event.Sequence}", StringComparison.Ordinal)).IsVersionOf));
    }
}
