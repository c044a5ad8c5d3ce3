namespace Depot.Web.Localisation;

public static partial class Texts
{
    private static Dictionary<string, (string Nl, string En)> SearchCounts() => new()
    {
        ["search.facetsApproximate"] = ("Meer dan {0} objecten komen overeen: de aantallen per filter zijn geteld over de eerste {0} en zijn minimumaantallen (≥). Het totaal is exact.",
            "More than {0} objects match: the counts per filter were counted over the first {0} and are minimums (≥). The total is exact."),
    };
}
