using Depot.Core.Network;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.Sources;

/// <summary>How the health pages say durations, errors and outcomes.</summary>
public static class SourceText
{
    /// <summary>"40 min", "5 u", "3 dagen".</summary>
    public static string Duration(UiText t, TimeSpan span) => span.TotalMinutes < 90
        ? t.Format("sources.lag.minutes", Math.Max(0, (int)Math.Round(span.TotalMinutes)))
        : span.TotalHours < 48 ? t.Format("sources.lag.hours", (int)Math.Round(span.TotalHours))
        : t.Format("sources.lag.days", (int)Math.Round(span.TotalDays));

    /// <summary>How long since Depot last caught up with the source; unknown before the first success.</summary>
    public static string Lag(UiText t, HarvestSource s, DateTimeOffset now) =>
        s.LastSucceededAt is { } last ? t.Format("sources.lag.behind", Duration(t, now - last)) : t["sources.lag.unknown"];

    public static string NextRun(UiText t, HarvestSource s, DateTimeOffset now) =>
        s.NextRunAt is not { } next ? t["sources.notScheduled"] : next <= now ? t["sources.dueNow"] : t.DateTime(next);

    public static string Error(UiText t, HarvestSource s) => t.IsEnglish ? s.LastErrorEn : s.LastError;

    public static string Error(UiText t, HarvestRun r) => t.IsEnglish ? r.ErrorEn : r.Error;

    public static string OutcomeClass(HarvestOutcome? outcome) => outcome switch
    {
        HarvestOutcome.Succeeded => "status-done",
        HarvestOutcome.Failed => "status-failed",
        HarvestOutcome.Running => "status-running",
        _ => "status-queued",
    };
}
