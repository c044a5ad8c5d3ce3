using System.Globalization;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Lido;

public sealed partial class LidoWriter
{
    private void WriteRecord(SourceRecord record)
    {
        var o = record.Object;
        var id = record.SourceId.Length > 0 ? record.SourceId : o.ObjectNumber;
        Start("lido");
        Start("lidoRecID");
        Attr("type", "local");
        xml.WriteString(id);
        End();
        Start("descriptiveMetadata");
        Lang(options.Language);
        Classification(o);
        Identification(o);
        Production(o);
        Subjects(o.Subjects);
        End();
        Start("administrativeMetadata");
        Lang(options.Language);
        Rights(o.Rights);
        Start("recordWrap");
        Id("recordID", id, "local");
        Start("recordType");
        Id("conceptID", "http://terminology.lido-schema.org/lido00141", TermUri);
        Text("term", "item-level record", "en");
        End();
        Start("recordSource");
        Start("legalBodyName");
        Text("appellationValue", options.RecordSource);
        End();
        End();
        End();
        End();
        End();
    }

    private void Classification(SourceObject o)
    {
        Start("objectClassificationWrap");
        Start("objectWorkTypeWrap");
        Concept("objectWorkType", o.ObjectName);
        End();
        if (o.Classifications.Count > 0)
        {
            Start("classificationWrap");
            foreach (var c in o.Classifications) Concept("classification", c);
            End();
        }
        End();
    }

    private void Identification(SourceObject o)
    {
        Start("objectIdentificationWrap");
        Start("titleWrap");
        if (o.Titles.Count == 0)
        {
            Start("titleSet");
            Text("appellationValue", "");
            End();
        }
        foreach (var title in o.Titles)
        {
            Start("titleSet");
            Start("appellationValue");
            Attr("pref", title.Type == TitleType.Preferred ? "preferred" : "alternate");
            Lang(title.Language);
            xml.WriteString(title.Text);
            End();
            End();
        }
        End();
        if (o.Inscriptions.Count > 0)
        {
            Start("inscriptionsWrap");
            foreach (var i in o.Inscriptions) Inscription(i);
            End();
        }
        if (o.ObjectNumber.Length > 0)
        {
            Start("repositoryWrap");
            Start("repositorySet");
            Start("workID");
            Attr("type", "inventory number");
            xml.WriteString(o.ObjectNumber);
            End();
            End();
            End();
        }
        if (o.ShortDescription.Length > 0)
        {
            Start("objectDescriptionWrap");
            Start("objectDescriptionSet");
            Text("descriptiveNoteValue", o.ShortDescription);
            End();
            End();
        }
        if (o.Dimensions.Count > 0)
        {
            Start("objectMeasurementsWrap");
            foreach (var d in o.Dimensions) Dimension(d);
            End();
        }
        End();
    }

    private void Inscription(Inscription i)
    {
        Start("inscriptions");
        if (i.Type.Length > 0) Attr("type", i.Type);
        Text("inscriptionTranscription", i.Text, i.Language);
        if (i.Position.Length > 0)
        {
            Start("inscriptionDescription");
            Attr("type", "position");
            Text("descriptiveNoteValue", i.Position);
            End();
        }
        End();
    }

    private void Dimension(Dimension d)
    {
        Start("objectMeasurementsSet");
        Start("objectMeasurements");
        Start("measurementsSet");
        Text("measurementType", d.Type);
        Text("measurementUnit", d.Unit);
        Text("measurementValue", d.Value.ToString(CultureInfo.InvariantCulture));
        End();
        if (d.Part.Length > 0) Text("extentMeasurements", d.Part);
        End();
        End();
    }

    /// <summary>The production event: makers, dating, materials and techniques.</summary>
    private void Production(SourceObject o)
    {
        if (o.Makers.Count == 0 && o.Dating is null && o.Materials.Count == 0 && o.Techniques.Count == 0) return;
        Start("eventWrap");
        Start("eventSet");
        Start("event");
        Start("eventType");
        Id("conceptID", "http://terminology.lido-schema.org/lido00007", TermUri);
        Text("term", "production", "en");
        End();
        foreach (var maker in o.Makers)
        {
            Start("eventActor");
            Start("actorInRole");
            Actor(maker.Agent);
            if (maker.Role.Length > 0)
            {
                Start("roleActor");
                Text("term", maker.Role);
                End();
            }
            if (maker.Qualifier.Length > 0) Text("attributionQualifierActor", maker.Qualifier);
            End();
            End();
        }
        if (o.Dating is { } dating) EventDate(dating);
        foreach (var (term, type) in o.Materials.Select(m => (m, "material")).Concat(o.Techniques.Select(t => (t, "technique"))))
        {
            Start("eventMaterialsTech");
            Start("materialsTech");
            Start("termMaterialsTech");
            Attr("type", type);
            ConceptBody(term);
            End();
            End();
            End();
        }
        End();
        End();
        End();
    }

    private void EventDate(HistoricalDate dating)
    {
        var circa = dating.Precision == DatePrecision.Circa;
        Start("eventDate");
        Text("displayDate", dating.Text);
        Start("date");
        if (dating.Earliest is int from) Year("earliestDate", from, circa);
        if (dating.Latest is int to) Year("latestDate", to, circa);
        End();
        End();
    }

    private void Year(string name, int year, bool circa)
    {
        Start(name);
        if (circa) Attr("type", "circa");
        xml.WriteString(year.ToString("0000", CultureInfo.InvariantCulture));
        End();
    }

    private void Actor(SourceAgent agent)
    {
        Start("actor");
        Attr("type", agent.Kind == AgentKind.Organisation ? "organization" : "person");
        foreach (var id in agent.Ids) Identifier("actorID", id);
        Start("nameActorSet");
        Start("appellationValue");
        Attr("pref", "preferred");
        xml.WriteString(agent.Name);
        End();
        End();
        if (agent.Birth is not null || agent.Death is not null)
        {
            Start("vitalDatesActor");
            if (agent.Birth is { } birth) LifeDate("earliestDate", birth);
            if (agent.Death is { } death) LifeDate("latestDate", death);
            End();
        }
        End();
    }

    /// <summary>A life date as ISO 8601: its own text when that is an ISO date, else the year.</summary>
    private void LifeDate(string name, HistoricalDate date)
    {
        var year = date.Earliest ?? date.Latest;
        var text = IsoDate().IsMatch(date.Text) ? date.Text : year?.ToString("0000", CultureInfo.InvariantCulture) ?? "";
        Text(name, text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial System.Text.RegularExpressions.Regex IsoDate();

    private void Identifier(string name, ExternalId id)
    {
        Start(name);
        var uri = id.ToUri();
        if (id.Scheme == "local" || !uri.StartsWith("http", StringComparison.Ordinal)) Attr("type", "local");
        else Attr("type", TermUri);
        if (id.Scheme != "local" && !uri.StartsWith("http", StringComparison.Ordinal)) Attr("source", id.Scheme);
        xml.WriteString(uri);
        End();
    }
}
