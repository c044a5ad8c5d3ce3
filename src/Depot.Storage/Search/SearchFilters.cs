using System.Data.Common;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;

namespace Depot.Storage.Search;

/// <summary>
/// The WHERE clause of a search as separate conditions, so each facet can be counted with every
/// filter but its own (disjunctive faceting). Every value is a parameter; only fixed SQL is text.
/// </summary>
internal sealed class SearchFilters
{
    private readonly Dictionary<string, string> byFacet = [];
    private readonly DbCommand command;

    public SearchFilters(DbCommand command, DatabaseEngine engine, long organisationId, ObjectQuery query, IReadOnlyList<string> words)
    {
        this.command = command;
        Organisation = Add(organisationId);
        // An equality on is_deleted (not NOT is_deleted) lets the covering search index seek on it.
        Scope = $"o.organisation_id = {Organisation} AND o.is_deleted = {Add(false)}";
        if (words.Count > 0)
        {
            Keywords = engine == DatabaseEngine.Sqlite ? Add(SearchKeywords.Fts5(words)) : Add(SearchKeywords.TsQuery(words));
            Text = engine == DatabaseEngine.Sqlite
                ? $"o.id IN (SELECT rowid FROM object_search WHERE object_search MATCH {Keywords})"
                : $"o.id IN (SELECT s.object_id FROM object_search s WHERE s.organisation_id = {Organisation} AND s.document @@ to_tsquery('dutch', {Keywords}))";
        }
        if (query.ObjectNames.Count > 0) byFacet[FacetNames.ObjectName] = $"o.object_name_id IN ({List(query.ObjectNames)})";
        if (query.Materials.Count > 0) byFacet[FacetNames.Material] = Term(TermFacet.Material, query.Materials);
        if (query.Makers.Count > 0) byFacet[FacetNames.Maker] = Term(TermFacet.Maker, query.Makers);
        if (query.Centuries.Count > 0) byFacet[FacetNames.Century] = $"o.century IN ({List(query.Centuries)})";
        if (query.Locations.Count > 0) byFacet[FacetNames.Location] = $"o.current_location_id IN ({List(query.Locations)})";
        if (query.Publication is PublicationStatus status) byFacet[FacetNames.Publication] = $"o.publication_status = {Add(status.ToString())}";
        if (query.HasImage is bool image) byFacet[FacetNames.HasImage] = $"o.has_image = {Add(image)}";
    }

    /// <summary>The organisation id parameter.</summary>
    public string Organisation { get; }

    /// <summary>The engine's full-text query parameter, or null without keywords.</summary>
    public string? Keywords { get; }

    private string Scope { get; }
    private string? Text { get; }

    public bool HasKeywords => Text is not null;

    public bool IsFiltered(string facet) => byFacet.ContainsKey(facet);

    /// <summary>The condition of one facet's filter, or null when that facet is not filtered.</summary>
    public string? Condition(string facet) => byFacet.GetValueOrDefault(facet);

    /// <summary>All conditions, optionally leaving out one facet's filter, all of them, or the keyword filter.</summary>
    public string Where(string? exceptFacet = null, bool withText = true, bool withFacets = true)
    {
        IEnumerable<string> parts = [Scope];
        if (withText && Text is not null) parts = parts.Append(Text);
        if (withFacets) parts = parts.Concat(byFacet.Where(f => f.Key != exceptFacet).Select(f => f.Value));
        return string.Join(" AND ", parts);
    }

    public string Add(object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@p" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        p.Value = value;
        command.Parameters.Add(p);
        return p.ParameterName;
    }

    /// <summary>
    /// With keywords the candidates are few: probe each one's terms by primary key. Without, let the
    /// (organisation, facet, value) index list the objects that have the term.
    /// </summary>
    private string Term(TermFacet facet, IReadOnlyList<long> values) => Text is not null
        ? $"EXISTS (SELECT 1 FROM object_terms t WHERE t.organisation_id = {Organisation} AND t.facet = {(int)facet} AND t.value_id IN ({List(values)}) AND t.object_id = o.id)"
        : $"o.id IN (SELECT t.object_id FROM object_terms t WHERE t.organisation_id = {Organisation} AND t.facet = {(int)facet} AND t.value_id IN ({List(values)}))";

    private string List<T>(IReadOnlyList<T> values) where T : notnull =>
        string.Join(", ", values.Distinct().Take(200).Select(v => Add(v)));
}
