using System.Xml.Linq;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;
using static Depot.Publishing.Tests.Oai.OaiClient;

namespace Depot.Publishing.Tests.Oai;

public sealed class OaiVerbTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Identify_names_the_repository_its_base_url_earliest_datestamp_and_persistent_deletions()
    {
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Publishing:Oai:RepositoryName=Erfgoed Vlaanderen", "Depot:Publishing:Oai:AdminEmail=oai@erfgoed.example.be");
        await OaiMuseum.CreateAsync(depot, "identify-museum", Ct);

        var identify = (await GetAsync(depot, "verb=Identify", Ct)).Root!.Element(Pmh + "Identify")!;

        Assert.Equal("Erfgoed Vlaanderen", identify.Element(Pmh + "repositoryName")!.Value);
        Assert.Equal(depot.BaseUrl + "/oai", identify.Element(Pmh + "baseURL")!.Value);
        Assert.Equal("2.0", identify.Element(Pmh + "protocolVersion")!.Value);
        Assert.Equal("oai@erfgoed.example.be", identify.Element(Pmh + "adminEmail")!.Value);
        Assert.Equal("persistent", identify.Element(Pmh + "deletedRecord")!.Value);
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", identify.Element(Pmh + "granularity")!.Value);
        var earliest = DateTimeOffset.Parse(identify.Element(Pmh + "earliestDatestamp")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(earliest, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(
            ["repositoryName", "baseURL", "protocolVersion", "adminEmail", "earliestDatestamp", "deletedRecord", "granularity"],
            identify.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public async Task ListMetadataFormats_offers_oai_dc_lido_and_edm_and_knows_which_items_exist()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var museum = await OaiMuseum.CreateAsync(depot, "formats-museum", Ct);

        var all = await GetAsync(depot, "verb=ListMetadataFormats", Ct);
        Assert.Equal(["oai_dc", "lido", "edm"], all.Descendants(Pmh + "metadataPrefix").Select(e => e.Value));
        Assert.Contains("http://www.lido-schema.org", all.Descendants(Pmh + "metadataNamespace").Select(e => e.Value));

        var one = await GetAsync(depot, "verb=ListMetadataFormats&identifier=" + Id(museum.Painting.Id), Ct);
        Assert.Equal(3, one.Descendants(Pmh + "metadataFormat").Count());

        Assert.Equal(["idDoesNotExist"], Errors(await GetAsync(depot, "verb=ListMetadataFormats&identifier=" + Id(museum.Internal.Id), Ct)));
        Assert.Equal(["idDoesNotExist"], Errors(await GetAsync(depot, "verb=ListMetadataFormats&identifier=oai:elders.be:object:1", Ct)));
    }

    [Fact]
    public async Task ListSets_has_a_set_per_organisation_and_per_published_collection_set_and_records_carry_them()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var museum = await OaiMuseum.CreateAsync(depot, "sets-museum", Ct);
        var other = await depot.CreateOrganisationAsync("stil-archief", Ct);
        await depot.CreatePublicObjectAsync(other, "A.1", "Oorkonde", Ct);
        await depot.CatchUpAsync(Ct);

        var sets = (await GetAsync(depot, "verb=ListSets", Ct)).Descendants(Pmh + "set").ToList();
        var collection = $"org:sets-museum:set:{museum.CollectionSetId}";
        Assert.Equal(["org:sets-museum", collection, "org:stil-archief"], sets.Select(s => s.Element(Pmh + "setSpec")!.Value));
        Assert.Equal("Topstukken", sets[1].Element(Pmh + "setName")!.Value);
        Assert.Equal("De topstukken van het museum", sets[1].Descendants(Dc + "description").Single().Value);

        var inSet = await GetAsync(depot, "verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + collection, Ct);
        var header = Assert.Single(inSet.Descendants(Pmh + "header"));
        Assert.Equal(Id(museum.Painting.Id), header.Element(Pmh + "identifier")!.Value);
        Assert.Equal(["org:sets-museum", collection], header.Elements(Pmh + "setSpec").Select(e => e.Value));

        var inOrganisation = await GetAsync(depot, "verb=ListIdentifiers&metadataPrefix=oai_dc&set=org:stil-archief", Ct);
        Assert.Single(inOrganisation.Descendants(Pmh + "header"));
        Assert.Equal(["noRecordsMatch"], Errors(await GetAsync(depot, "verb=ListIdentifiers&metadataPrefix=oai_dc&set=org:onbekend", Ct)));
        Assert.Equal(["badResumptionToken"], Errors(await GetAsync(depot, "verb=ListSets&resumptionToken=abc", Ct)));
    }

    [Fact]
    public async Task GetRecord_answers_in_each_format_and_a_withdrawn_object_stays_a_deleted_record()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var museum = await OaiMuseum.CreateAsync(depot, "record-museum", Ct);
        var id = Id(museum.Painting.Id);

        var dc = await GetAsync(depot, $"verb=GetRecord&metadataPrefix=oai_dc&identifier={id}", Ct);
        Assert.Equal(["Bloemen in een houten vat"], dc.Descendants(Dc + "title").Select(e => e.Value));
        Assert.Contains("Brueghel, Jan", dc.Descendants(Dc + "creator").Select(e => e.Value));
        Assert.Contains(depot.Uris.Object(museum.Painting.Id), dc.Descendants(Dc + "identifier").Select(e => e.Value));
        Assert.Single((await GetAsync(depot, $"verb=GetRecord&metadataPrefix=lido&identifier={id}", Ct)).Descendants(Lido + "lido"));
        Assert.Single((await GetAsync(depot, $"verb=GetRecord&metadataPrefix=edm&identifier={id}", Ct)).Descendants(Edm + "ProvidedCHO"));

        var painting = museum.Painting;
        painting = await depot.Records.GetAsync<CollectionObject>(museum.Organisation.Id, painting.Id, Ct);
        painting.PublicationStatus = PublicationStatus.Internal;
        await depot.UpdateAsync(museum.Organisation, painting, Ct);

        var withdrawn = await GetAsync(depot, $"verb=GetRecord&metadataPrefix=lido&identifier={id}", Ct);
        var record = withdrawn.Descendants(Pmh + "record").Single();
        Assert.Equal("deleted", (string?)record.Element(Pmh + "header")!.Attribute("status"));
        Assert.Null(record.Element(Pmh + "metadata"));
        var listed = await GetAsync(depot, "verb=ListRecords&metadataPrefix=oai_dc&set=org:record-museum", Ct);
        Assert.Equal("deleted", (string?)Assert.Single(listed.Descendants(Pmh + "header")).Attribute("status"));
    }

    [Fact]
    public async Task List_requests_page_with_resumption_tokens_cursor_and_complete_list_size_and_select_by_date()
    {
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Publishing:OaiPageSize=2");
        var org = await depot.CreateOrganisationAsync("paging-museum", Ct);
        for (var i = 1; i <= 5; i++) await depot.CreatePublicObjectAsync(org, $"P.{i}", $"Prent {i}", Ct);

        var seen = new List<string>();
        var query = "verb=ListIdentifiers&metadataPrefix=oai_dc";
        var cursors = new List<string>();
        while (true)
        {
            var page = await GetAsync(depot, query, Ct);
            seen.AddRange(page.Descendants(Pmh + "identifier").Select(e => e.Value));
            var token = page.Descendants(Pmh + "resumptionToken").Single();
            Assert.Equal("5", (string?)token.Attribute("completeListSize"));
            cursors.Add((string)token.Attribute("cursor")!);
            if (token.Value.Length == 0) break;
            query = "verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(token.Value);
        }
        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(["0", "2", "4"], cursors);

        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var all = await GetAsync(depot, $"verb=ListIdentifiers&metadataPrefix=oai_dc&from={today}&until={today}", Ct);
        Assert.Equal(2, all.Descendants(Pmh + "header").Count());
        Assert.Equal(["noRecordsMatch"], Errors(await GetAsync(depot, "verb=ListRecords&metadataPrefix=oai_dc&until=2001-01-01", Ct)));
        Assert.Equal(["noRecordsMatch"], Errors(await GetAsync(depot, "verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01T00:00:00Z", Ct)));
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("verb=Frobnicate", "badVerb")]
    [InlineData("verb=Identify&verb=Identify", "badVerb")]
    [InlineData("verb=Identify&extra=1", "badArgument")]
    [InlineData("verb=ListRecords", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=lido", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=gisteren", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01&until=2026-02-01T00:00:00Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2026-02-01&until=2026-01-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01T00:00:00", "badArgument")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&resumptionToken=x", "badArgument")]
    [InlineData("verb=GetRecord&identifier=oai:x:object:1", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elders.be:object:1", "idDoesNotExist")]
    [InlineData("verb=ListRecords&resumptionToken=bm9nIGVlbiB0b2tlbg", "badResumptionToken")]
    [InlineData("verb=ListIdentifiers&resumptionToken=%%%", "badResumptionToken")]
    public async Task Bad_requests_answer_with_the_protocols_error_code(string query, string code)
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var museum = await OaiMuseum.CreateAsync(depot, "errors-museum", Ct);

        var response = await GetAsync(depot, query.Replace("oai:x:object:1", Id(museum.Painting.Id), StringComparison.Ordinal), Ct);

        Assert.Equal([code], Errors(response));
        var request = response.Root!.Element(Pmh + "request")!;
        Assert.Equal(depot.BaseUrl + "/oai", request.Value);
        // After badVerb and badArgument the request element must not repeat the arguments.
        if (code is "badVerb" or "badArgument") Assert.Empty(request.Attributes());
        else Assert.NotNull(request.Attribute("verb"));
    }

    [Fact]
    public async Task A_post_with_a_form_body_is_answered_like_a_get()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var museum = await OaiMuseum.CreateAsync(depot, "post-museum", Ct);

        using var response = await depot.Http.PostAsync("oai", new FormUrlEncodedContent(
            [new("verb", "GetRecord"), new("metadataPrefix", "oai_dc"), new("identifier", Id(museum.Painting.Id))]), Ct);

        var document = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        CheckEnvelope(document);
        Assert.Equal(Id(museum.Painting.Id), document.Descendants(Pmh + "identifier").Single().Value);
    }

    private static string Id(long objectId) => "oai:127.0.0.1:object:" + objectId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
