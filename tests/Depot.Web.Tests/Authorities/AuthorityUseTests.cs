using System.Net;
using Depot.Core.Identity;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Tests.Authorities;

/// <summary>The "used by N objects" count on an authority page comes from the index rows, and is exact.</summary>
public sealed class AuthorityUseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Agent_page_counts_makers_and_depicted_agents_but_not_a_concept_with_the_same_id_nor_deleted_objects()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var records = app.Service<RecordStore>();
        var agent = await app.CreateAgentAsync(org, "Rubens, Peter Paul", Ct);
        var twin = await ConceptWithIdAsync(app, org, agent.Id);
        async Task<CollectionObject> Add(string number, Action<CollectionObject> set)
        {
            var o = new CollectionObject { ObjectNumber = number, Titles = [new Title(number)] };
            set(o);
            return await records.CreateAsync(org.Id, o, Actor.System, Ct);
        }
        await Add("U.1", o => o.Makers = [new MakerCredit(agent.Id, "schilder")]);
        await Add("U.2", o => o.Subjects = [new SubjectReference(SubjectKind.DepictedAgent, agent.Id)]);
        await Add("U.3", o => o.Subjects = [new SubjectReference(SubjectKind.MainMotif, twin.Id)]);
        var gone = await Add("U.4", o => o.Makers = [new MakerCredit(agent.Id)]);
        await records.DeleteAsync<CollectionObject>(org.Id, gone.Id, 1, Actor.System, Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);

        var agentPage = WebUtility.HtmlDecode(await client.GetStringAsync($"/o/{org.Slug}/personen/{agent.Id}", Ct));
        var conceptPage = WebUtility.HtmlDecode(await client.GetStringAsync($"/o/{org.Slug}/concepten/{twin.Id}", Ct));

        Assert.Contains("<dd id=\"object-count\">2 objecten</dd>", agentPage, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"object-count\">1 objecten</dd>", conceptPage, StringComparison.Ordinal);
    }

    /// <summary>A concept whose id equals <paramref name="id"/>: ids of agents and concepts come from separate sequences and meet.</summary>
    private static async Task<Concept> ConceptWithIdAsync(DepotApp app, TestOrganisation org, long id)
    {
        await using (var db = app.Service<DepotDatabase>().CreateContext())
        {
            var existing = await db.Concepts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.OrganisationId == org.Id, Ct);
            if (existing is not null) return existing;
        }
        for (var i = 0; i < 500; i++)
        {
            var c = await app.CreateConceptAsync(org, $"term {i}", Ct);
            if (c.Id == id) return c;
            Assert.True(c.Id < id, "Concept ids passed the agent's id; the test needs a concept with the same id.");
        }
        throw new InvalidOperationException("No concept reached the agent's id.");
    }
}
