using System.Net;
using System.Text.RegularExpressions;
using Depot.Core.Organisations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;

namespace Depot.Publishing.Tests.Portal;

/// <summary>Two organisations with public and internal objects that share a maker's name and a material, for the portal tests.</summary>
internal sealed partial class PortalWorld
{
    public required Organisation Museum { get; init; }
    public required Organisation Archive { get; init; }
    public required Agent Maker { get; init; }
    public required CollectionObject Candlestick { get; init; }
    public required CollectionObject Bust { get; init; }
    public required CollectionObject Secret { get; init; }
    public required CollectionObject ArchiveMap { get; init; }

    public static async Task<PortalWorld> ArrangeAsync(PublicDepot depot, CancellationToken ct)
    {
        var museum = await depot.CreateOrganisationAsync("stadsmuseum", ct);
        var archive = await depot.CreateOrganisationAsync("stadsarchief", ct);
        var scheme = await depot.CreateSchemeAsync(museum, ct);
        var bronze = await depot.CreateAsync(museum, new Concept { SchemeId = scheme.Id, PrefLabelNl = "brons", PrefLabelEn = "bronze" }, ct);
        var maker = await depot.CreateAsync(museum, new Agent { Name = "Quellinus, Artus", Kind = AgentKind.Person, Birth = HistoricalDate.Parse("1609") }, ct);

        var candlestick = await depot.CreatePublicObjectAsync(museum, "M.1", "Kandelaar met leeuwenpoten", ct, o =>
        {
            o.MaterialIds = [bronze.Id];
            o.Makers = [new MakerCredit(maker.Id, "beeldhouwer")];
            o.Dating = HistoricalDate.Parse("1650");
            o.Rights = new Rights("https://creativecommons.org/publicdomain/zero/1.0/", "Stadsmuseum", "Collectie Stadsmuseum");
        });
        var bust = await depot.CreatePublicObjectAsync(museum, "M.2", "Buste van een heilige", ct, o =>
        {
            o.MaterialIds = [bronze.Id];
            o.Dating = HistoricalDate.Parse("16de eeuw");
        });
        // Internal: same material and maker, and a word the search is asked for; it must never show.
        var secret = await depot.CreateAsync(museum, new CollectionObject
        {
            ObjectNumber = "M.3",
            Titles = [new Title("Kandelaar uit de kluis")],
            MaterialIds = [bronze.Id],
            Makers = [new MakerCredit(maker.Id)],
            PublicationStatus = PublicationStatus.Internal,
        }, ct);
        await depot.CreateAsync(museum, new CollectionObject
        {
            ObjectNumber = "M.4",
            Titles = [new Title("Tweede bronzen kandelaar, intern")],
            MaterialIds = [bronze.Id],
            PublicationStatus = PublicationStatus.Internal,
        }, ct);
        var map = await depot.CreatePublicObjectAsync(archive, "A.1", "Kaart van de stad", ct);
        await depot.CatchUpAsync(ct);
        return new PortalWorld { Museum = museum, Archive = archive, Maker = maker, Candlestick = candlestick, Bust = bust, Secret = secret, ArchiveMap = map };
    }

    public static async Task<string> HtmlAsync(PublicDepot depot, string path, CancellationToken ct, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await depot.Http.GetAsync(path.TrimStart('/'), ct);
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode}\n{html[..Math.Min(html.Length, 2000)]}");
        return html;
    }

    /// <summary>The count shown beside a facet value: "brons (2)" → 2.</summary>
    public static int? FacetCount(string html, string label)
    {
        var m = FacetPattern().Matches(html).FirstOrDefault(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim() == label);
        return m is null ? null : int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Meta(string html, string property)
    {
        var m = Regex.Match(html, $"<meta property=\"{Regex.Escape(property)}\" content=\"([^\"]*)\"");
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : "";
    }

    [GeneratedRegex(@"<label for=""f-[^""]+"">([^<]*)<span class=""count"">\((\d+)\)</span></label>")]
    private static partial Regex FacetPattern();
}
