using System.Net;
using Depot.Core.Identity;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;
using static Depot.Web.Tests.Objects.PageForms;

namespace Depot.Web.Tests.Objects;

public sealed class ObjectFormTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_another_maker_without_JavaScript_keeps_what_was_typed_and_saves_both_rows()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-rijen", Ct);
        var rubens = await app.CreateAgentAsync(org, "Rubens, Peter Paul", Ct);
        var jordaens = await app.CreateAgentAsync(org, "Jordaens, Jacob", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var url = $"/o/{org.Slug}/objecten/nieuw";
        var token = await TokenAsync(client, url, Ct);

        var (status, html) = await PostAsync(client, url + "?handler=AddRow", token,
        [
            F("Form.ObjectNumber", "R.1"), F("Form.Titles[0].Text", "Twee meesters"), F("Form.Titles[0].Type", "Preferred"),
            F("Form.Makers[0].AgentId", rubens.Id), F("Form.Makers[0].Role", "schilder"), F("group", "makers"),
        ], Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("R.1", ValueOf(html, "Form.ObjectNumber"));
        Assert.Equal("Twee meesters", ValueOf(html, "Form.Titles[0].Text"));
        Assert.Equal(rubens.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ValueOf(html, "Form.Makers[0].AgentId"));
        Assert.Equal("Rubens, Peter Paul", ValueOf(html, "pick.makers-0"));
        Assert.Equal("", ValueOf(html, "Form.Makers[1].AgentId"));
        Assert.Contains("Vervaardiger 2", html, StringComparison.Ordinal);

        (status, html) = await PostAsync(client, url + "?handler=RemoveRow", token,
        [
            F("Form.ObjectNumber", "R.1"), F("Form.Makers[0].AgentId", rubens.Id), F("Form.Makers[1].AgentId", jordaens.Id),
            F("Form.Makers[2].AgentId", ""), F("row", "makers:2"),
        ], Ct);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(ValueOf(html, "Form.Makers[2].AgentId"));

        (status, _) = await PostAsync(client, url, token,
        [
            F("Form.ObjectNumber", "R.1"), F("Form.Titles[0].Text", "Twee meesters"),
            F("Form.Makers[0].AgentId", rubens.Id), F("Form.Makers[0].Role", "schilder"), F("pick.makers-0", "Rubens, Peter Paul"),
            F("Form.Makers[1].AgentId", jordaens.Id), F("Form.Makers[1].Qualifier", "atelier van"), F("pick.makers-1", "Jordaens, Jacob"),
            F("Form.Dimensions[0].Type", "hoogte"), F("Form.Dimensions[0].Value", "45,5"), F("Form.Dimensions[0].Unit", "cm"),
            F("Form.Dimensions[1].Type", "breedte"), F("Form.Dimensions[1].Value", "30"), F("Form.Dimensions[1].Unit", "cm"), F("Form.Dimensions[1].Part", "met lijst"),
            F("Form.Inscriptions[0].Type", "signatuur"), F("Form.Inscriptions[0].Text", "PPR"), F("Form.Inscriptions[0].Position", "rechtsonder"),
        ], Ct);

        Assert.Equal(HttpStatusCode.Redirect, status);
        var saved = await StoredAsync(app, org, "R.1");
        Assert.Equal([new MakerCredit(rubens.Id, "schilder"), new MakerCredit(jordaens.Id, "", "atelier van")], saved.Makers);
        Assert.Equal([new Dimension("hoogte", 45.5m, "cm"), new Dimension("breedte", 30m, "cm", "met lijst")], saved.Dimensions);
        Assert.Equal([new Inscription("signatuur", "PPR", "rechtsonder")], saved.Inscriptions);
    }

    [Fact]
    public async Task Field_messages_are_Dutch_and_English_when_switched()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-talen", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var url = $"/o/{org.Slug}/objecten/nieuw";
        var token = await TokenAsync(client, url, Ct);
        KeyValuePair<string, string>[] wrong =
            [F("Form.ObjectNumber", ""), F("Form.DatingText", "ooit"), F("Form.Dimensions[0].Type", "hoogte"), F("Form.Dimensions[0].Value", "veel"), F("Form.AcquisitionDate", "gisteren")];

        var (status, html) = await PostAsync(client, url, token, wrong, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("id=\"objectNumber-error\">Vul een objectnummer in", html, StringComparison.Ordinal);
        Assert.Contains("id=\"dating-error\">Depot begrijpt de datering ‘ooit’ niet", html, StringComparison.Ordinal);
        Assert.Contains("id=\"dimensions-0-value-error\">Vul de afmeting in als getal", html, StringComparison.Ordinal);
        Assert.Contains("id=\"acquisition-date-error\">‘gisteren’ is geen datum", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"objectNumber-error\"", html, StringComparison.Ordinal);

        (status, html) = await PostAsync(client, url + "?lang=en", token, wrong, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("id=\"objectNumber-error\">Enter an object number", html, StringComparison.Ordinal);
        Assert.Contains("Depot does not understand the dating ‘ooit’", html, StringComparison.Ordinal);
        Assert.Contains("‘gisteren’ is not a date", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_but_unchosen_picker_text_shows_the_matches_instead_of_saving_then_the_choice_saves()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-kiezen", Ct);
        var brons = await app.CreateConceptAsync(org, "brons", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var url = $"/o/{org.Slug}/objecten/nieuw";
        var token = await TokenAsync(client, url, Ct);

        var (status, html) = await PostAsync(client, url, token,
            [F("Form.ObjectNumber", "K.1"), F("Form.Materials[0].Id", ""), F("pick.materials-0", "bro")], Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("id=\"picker-summary\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"Form.Materials[0].Id\" value=\"{brons.Id}\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Null(await app.Service<RecordStore>().FindAsync<CollectionObject>(org.Id, 1, Ct));

        (status, _) = await PostAsync(client, url, token,
            [F("Form.ObjectNumber", "K.1"), F("Form.Materials[0].Id", brons.Id), F("pick.materials-0", "bro"), F("searched.materials-0", "bro")], Ct);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal([brons.Id], (await StoredAsync(app, org, "K.1")).MaterialIds);
    }

    [Fact]
    public async Task A_missing_term_is_created_from_the_picker_without_JavaScript_in_the_thesaurus_for_the_field()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-nieuw", Ct);
        var techniques = await SchemeAsync(app, org, "Technieken", ThesaurusPurpose.Technique);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var url = $"/o/{org.Slug}/objecten/nieuw";
        var token = await TokenAsync(client, url, Ct);

        var (status, html) = await PostAsync(client, url + "?handler=Lookup", token,
            [F("Form.ObjectNumber", "N.1"), F("pick.techniques-0", "kopergravure"), F("lookup", "techniques-0")], Ct);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("‘kopergravure’ toevoegen als nieuwe term in Technieken", html, StringComparison.Ordinal);

        (status, html) = await PostAsync(client, url + "?handler=CreateRef", token,
            [F("Form.ObjectNumber", "N.1"), F("pick.techniques-0", "kopergravure"), F("create", "techniques-0")], Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        await using var db = app.Service<DepotDatabase>().CreateContext();
        var made = db.Concepts.Single(c => c.OrganisationId == org.Id && c.PrefLabelNl == "kopergravure");
        Assert.Equal(techniques, made.SchemeId);
        Assert.Equal(made.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ValueOf(html, "Form.Techniques[0].Id"));
        Assert.Equal("N.1", ValueOf(html, "Form.ObjectNumber"));
        Assert.Contains("‘kopergravure’ is toegevoegd en gekozen.", html, StringComparison.Ordinal);
    }

    internal static async Task<long> SchemeAsync(DepotApp app, TestOrganisation org, string title, ThesaurusPurpose purpose)
    {
        await using var db = app.Service<DepotDatabase>().CreateContext();
        var scheme = new ConceptScheme { OrganisationId = org.Id, TitleNl = title, TitleEn = title, Purpose = purpose, Uri = "urn:test:" + Guid.NewGuid().ToString("N"), CreatedAt = DateTimeOffset.UtcNow };
        db.ConceptSchemes.Add(scheme);
        await db.SaveChangesAsync(Ct);
        return scheme.Id;
    }

    private static async Task<CollectionObject> StoredAsync(DepotApp app, TestOrganisation org, string number)
    {
        await using var db = app.Service<DepotDatabase>().CreateContext();
        return db.Objects.Single(o => o.OrganisationId == org.Id && o.ObjectNumber == number);
    }
}
