using System.Net;
using Depot.Core.Identity;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;

namespace Depot.Web.Tests.Authorities;

public sealed class MergeApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Merge_preview_merge_and_undo_through_the_api()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var kept = await app.CreateAgentAsync(org, "Rubens, Peter Paul", Ct);
        var dup = await app.CreateAgentAsync(org, "Rubens, P.P.", Ct);
        var records = app.Service<RecordStore>();
        var o = await records.CreateAsync(org.Id, new CollectionObject { ObjectNumber = "R.1", Makers = [new MakerCredit(dup.Id, "schilder")] }, Actor.System, Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);

        var preview = await (await client.GetAsync($"{org.Api}/merges/preview?type=agent&kept={kept.Id}&removed={dup.Id}", Ct)).JsonAsync(HttpStatusCode.OK);
        var merge = await (await client.SendAsync(HttpAssertions.Request(HttpMethod.Post, $"{org.Api}/merges",
            new { type = "agent", keptId = kept.Id, removedId = dup.Id }), Ct)).JsonAsync(HttpStatusCode.Created);
        var id = merge.GetProperty("id").GetInt64();
        var moved = await records.GetAsync<CollectionObject>(org.Id, o.Id, Ct);
        await (await client.GetAsync($"{org.Api}/agents/{dup.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        var undone = await (await client.SendAsync(HttpAssertions.Request(HttpMethod.Post, $"{org.Api}/merges/{id}/undo", new { confirm = true }), Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, preview.GetProperty("recordsToChange").GetInt32());
        Assert.Equal(kept.Id, Assert.Single(moved.Makers).AgentId);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, undone.GetProperty("undoneAt").ValueKind);
        Assert.Equal(dup.Id, Assert.Single((await records.GetAsync<CollectionObject>(org.Id, o.Id, Ct)).Makers).AgentId);
    }

    [Fact]
    public async Task Undo_after_a_later_edit_is_a_409_naming_the_record()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var kept = await app.CreateConceptAsync(org, "eikenhout", Ct);
        var dup = await app.CreateConceptAsync(org, "eik", Ct);
        var records = app.Service<RecordStore>();
        var o = await records.CreateAsync(org.Id, new CollectionObject { ObjectNumber = "K.1", MaterialIds = [dup.Id] }, Actor.System, Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var merge = await (await client.SendAsync(HttpAssertions.Request(HttpMethod.Post, $"{org.Api}/merges",
            new { type = "concept", keptId = kept.Id, removedId = dup.Id }), Ct)).JsonAsync(HttpStatusCode.Created);
        var edited = await records.GetAsync<CollectionObject>(org.Id, o.Id, Ct);
        edited.ShortDescription = "later bewerkt";
        await records.UpdateAsync(org.Id, edited, edited.Version, Actor.System, Ct);

        var problem = await (await client.SendAsync(HttpAssertions.Request(HttpMethod.Post, $"{org.Api}/merges/{merge.GetProperty("id").GetInt64()}/undo",
            new { confirm = true }), Ct)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains($"Object {o.Id}", problem.ToString(), StringComparison.Ordinal);
    }
}
