using Depot.Core.Publishing;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Publishing;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Publishing.Tests.Feed;

public sealed class PublicationProjectorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_publish_public_change_and_withdrawal_is_one_event_and_internal_edits_are_none()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var org = await depot.CreateOrganisationAsync("feed-museum", Ct);
        var o = await depot.CreatePublicObjectAsync(org, "F.1", "Stilleven met kan", Ct);
        await depot.CreateAsync(org, new CollectionObject { ObjectNumber = "F.2", Titles = [new Title("Intern stuk")] }, Ct);
        Assert.Equal(1, await depot.CatchUpAsync(Ct));

        o.ConditionNote = "Barst in de lijst";
        o = await depot.UpdateAsync(org, o, Ct);
        Assert.Equal(0, await depot.CatchUpAsync(Ct));

        o.Titles = [new Title("Stilleven met tinnen kan")];
        o = await depot.UpdateAsync(org, o, Ct);
        o.PublicationStatus = PublicationStatus.Internal;
        o = await depot.UpdateAsync(org, o, Ct);
        o.PublicationStatus = PublicationStatus.Public;
        o = await depot.UpdateAsync(org, o, Ct);
        await depot.Records.DeleteAsync<CollectionObject>(org.Id, o.Id, o.Version, Actor.System, Ct);
        Assert.Equal(4, await depot.CatchUpAsync(Ct));

        var events = await depot.Service<PublicationStore>().EventsAsync(org.Id, 0, 100, Ct);
        Assert.Equal(
            [PublicationChange.Published, PublicationChange.Changed, PublicationChange.Withdrawn, PublicationChange.Published, PublicationChange.Withdrawn],
            events.Select(e => e.Event.Change));
        Assert.All(events, e => Assert.Equal(o.Id, e.Event.RecordId));
        Assert.Equal("Stilleven met tinnen kan", events[1].Object!.DisplayTitle);
        Assert.Null(events[2].Object);
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.Event.At <= p.Second.Event.At), "event times never go back");

        var state = await depot.Service<PublicationStore>().FindObjectAsync(o.Id, Ct);
        Assert.NotNull(state);
        Assert.False(state.Record.IsPublic);
        Assert.True(state.Record.IsDeleted);
        Assert.Null(state.Current);
    }

    [Fact]
    public async Task Renaming_a_maker_republishes_the_public_objects_that_credit_them_and_leaves_internal_fields_out()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var org = await depot.CreateOrganisationAsync("maker-museum", Ct);
        var maker = await depot.CreateAsync(org, new Agent { Name = "Brueghel, Jan", Kind = AgentKind.Person }, Ct);
        var source = await depot.CreateAsync(org, new Agent { Name = "Janssens, Maria (schenker)", Kind = AgentKind.Person }, Ct);
        var o = await depot.CreatePublicObjectAsync(org, "M.1", "Bloemen in een vaas", Ct, x =>
        {
            x.Makers = [new MakerCredit(maker.Id, "schilder")];
            x.Acquisition = new Acquisition(null, source.Id, new DateOnly(1990, 5, 1), "Schenking onder voorwaarden");
            x.ConditionNote = "Vochtschade";
        });
        await depot.CatchUpAsync(Ct);

        maker.Name = "Brueghel de Oude, Jan";
        await depot.UpdateAsync(org, maker, Ct);
        Assert.Equal(1, await depot.CatchUpAsync(Ct));

        var current = await depot.Service<PublicationStore>().FindObjectAsync(o.Id, Ct);
        Assert.Equal("Brueghel de Oude, Jan", Assert.Single(current!.Current!.Makers).Agent.Name);

        await using var db = depot.Service<DepotDatabase>().CreateContext();
        var snapshots = await db.PublicationEvents.Where(e => e.RecordId == o.Id).Select(e => e.Snapshot).ToListAsync(Ct);
        Assert.Equal(2, snapshots.Count);
        Assert.All(snapshots, s =>
        {
            Assert.DoesNotContain("Janssens", s);
            Assert.DoesNotContain("Schenking onder voorwaarden", s);
            Assert.DoesNotContain("Vochtschade", s);
        });
    }
}
