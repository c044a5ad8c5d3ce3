using System.Globalization;
using Depot.Core;
using Depot.Core.Registration.Dating;
using Depot.Interchange.Rdf;
using Depot.Interchange.Sources;
using static Depot.Interchange.Oslo.OsloTerms;

namespace Depot.Interchange.Oslo;

// Productie: makers (with OSLO's Rol for role and qualifier), techniques and the dating.
public static partial class OsloMemberMapper
{
    private sealed record ProductionFields(IReadOnlyList<SourceMaker> Makers, HistoricalDate? Dating, IReadOnlyList<SourceTerm> Techniques);

    private static ProductionFields Production(RdfGraph graph, RdfTerm subject, List<SourceIssue> issues)
    {
        var makers = new List<SourceMaker>();
        var techniques = new List<SourceTerm>();
        HistoricalDate? dating = null;
        foreach (var production in graph.Objects(subject, Crm + "P108i_was_produced_by"))
        {
            var roles = graph.Referrers(production, Cest + "Rol.activiteit").ToList();
            foreach (var agent in graph.Objects(production, Crm + "P14_carried_out_by"))
            {
                var role = roles.FirstOrDefault(r => Equals(graph.Object(r, Cest + "Rol.agent"), agent));
                var roleLabel = role is null ? "" : graph.Object(role, Crm + "P14.1_in_the_role_of") is { } concept ? Term(graph, concept).Label : "";
                var qualifier = role is null ? "" : graph.Text(role, Note).Trim();
                makers.Add(new SourceMaker(Agent(graph, agent), roleLabel, qualifier));
            }
            techniques.AddRange(graph.Objects(production, Crm + "P32_used_general_technique").Select(t => Term(graph, t)));
            if (dating is null && graph.Object(production, Crm + "P4_has_time-span") is { } span) dating = Dating(graph, span, issues);
        }
        return new ProductionFields(makers, dating, techniques);
    }

    private static HistoricalDate? Dating(RdfGraph graph, RdfTerm span, List<SourceIssue> issues)
    {
        var text = FirstText(graph, span, Label, RdfNs + "value").Trim();
        var edtf = graph.Text(span, EdtfDescription).Trim();
        var earliest = Year(graph.Object(span, Time + "hasBeginning") is { } b ? graph.Text(b, InEdtf) : graph.Text(span, Crm + "P82a_begin_of_the_begin"));
        var latest = Year(graph.Object(span, Time + "hasEnd") is { } end ? graph.Text(end, InEdtf) : graph.Text(span, Crm + "P82b_end_of_the_end"));
        var precision = edtf.Contains('~', StringComparison.Ordinal) ? DatePrecision.Circa : DatePrecision.Exact;
        try
        {
            if (earliest is not null || latest is not null) return new HistoricalDate(earliest, latest, text, precision);
            return HistoricalDate.Parse(text.Length > 0 ? text : edtf);
        }
        catch (DomainException e)
        {
            issues.Add(new SourceIssue(IssueSeverity.Warning, "dating", e.MessageNl, e.MessageEn));
            return null;
        }
    }

    /// <summary>The year of an EDTF or xsd date ("1650", "-0050", "1650-03-01T00:00:00Z"); null when there is none.</summary>
    private static int? Year(string value)
    {
        var v = value.Trim().TrimEnd('~', '?', '%');
        if (v.Length == 0) return null;
        var negative = v.StartsWith('-');
        var digits = new string(v.TrimStart('-').TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? (negative ? -year : year) : null;
    }
}
