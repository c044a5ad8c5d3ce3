using Depot.Core.Publishing;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Rdf;
using static Depot.Publishing.LinkedData.Oslo;

namespace Depot.Publishing.LinkedData;

// Productie (makers with roles, dating, techniques), Dimensie, onderwerpen and Recht.
public static partial class OsloObjectGraph
{
    // Dimension types as the sector writes them, to their Getty AAT concept.
    private static readonly Dictionary<string, string> DimensionTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hoogte"] = "300055644",
        ["breedte"] = "300055647",
        ["lengte"] = "300055645",
        ["diepte"] = "300072617",
        ["dikte"] = "300055646",
        ["diameter"] = "300055624",
        ["gewicht"] = "300056240",
    };

    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mm"] = "MilliM",
        ["cm"] = "CentiM",
        ["m"] = "M",
        ["g"] = "GM",
        ["kg"] = "KiloGM",
    };

    private static void Production(GraphBuilder g, PublicObject o, Iri s, PublicUris uris, Func<BlankNode> next)
    {
        if (o.Makers.Count == 0 && o.Dating is null && o.Techniques.Count == 0) return;
        var production = next();
        g.Add(s, Crm + "P108i_was_produced_by", production).Type(production, Crm + "E12_Production")
            .Add(production, Crm + "P108_has_produced", s);
        foreach (var m in o.Makers)
        {
            var agent = new Iri(uris.Agent(m.Agent.Id));
            g.Add(production, Crm + "P14_carried_out_by", agent);
            if (m.Role.Length == 0 && m.Qualifier.Length == 0) continue;
            // OSLO's Rol carries the role of one agent in one activity (CRM's P14.1 as a node).
            var role = next();
            g.Type(role, Cest + "Rol").Add(role, Cest + "Rol.activiteit", production).Add(role, Cest + "Rol.agent", agent)
                .Text(role, Crm + "P3_has_note", m.Qualifier);
            if (m.Role.Length > 0)
            {
                var concept = next();
                g.Add(role, Crm + "P14.1_in_the_role_of", concept).Type(concept, Skos + "Concept").Text(concept, Skos + "prefLabel", m.Role);
            }
        }
        foreach (var t in o.Techniques) g.Add(production, Crm + "P32_used_general_technique", new Iri(uris.Concept(t.Id)));
        if (o.Dating is { } d)
        {
            var span = next();
            g.Add(production, Crm + "P4_has_time-span", span).Type(span, Time + "ProperInterval")
                .Value(span, Edtfo + "hasEDTFDateTimeDescription", d.Edtf, Edtf)
                .Text(span, Rdfs + "label", d.Text);
            if (d.Earliest is int from) Instant(g, span, Time + "hasBeginning", from, next);
            if (d.Latest is int to) Instant(g, span, Time + "hasEnd", to, next);
        }
    }

    private static void Instant(GraphBuilder g, BlankNode span, string predicate, int year, Func<BlankNode> next)
    {
        var instant = next();
        g.Add(span, predicate, instant).Type(instant, Time + "Instant").Value(instant, Edtfo + "inEDTFDateTime", EdtfYear(year), Edtf);
    }

    /// <summary>A year in EDTF: four digits, with a minus sign before the common era.</summary>
    public static string EdtfYear(int year) =>
        (year < 0 ? "-" : "") + Math.Abs(year).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static void Dimension(GraphBuilder g, Iri s, Dimension d, Func<BlankNode> next)
    {
        var node = next();
        g.Add(s, Crm + "P43_has_dimension", node).Type(node, Crm + "E54_Dimension");
        g.Add(node, Crm + "P2_has_type", Concept(g, DimensionTypes.TryGetValue(d.Type.Trim(), out var aat) ? Aat + aat : null, d.Type, next));
        g.Value(node, Crm + "P90_has_value", GraphBuilder.Number(d.Value), Rdfs + "Literal");
        if (d.Unit.Trim().Length > 0)
            g.Add(node, Crm + "P91_has_unit", Concept(g, Units.TryGetValue(d.Unit.Trim(), out var unit) ? Unit + unit : null, d.Unit, next));
        // A language-tagged note: see docs/linked-data.md on Dimensie.beschrijving against Entiteit.beschrijving.
        g.Text(node, Crm + "P3_has_note", d.Part);
    }

    /// <summary>A concept outside Depot's thesauri (a dimension type, a unit): its IRI when known, else a blank node, with its label.</summary>
    private static RdfTerm Concept(GraphBuilder g, string? iri, string label, Func<BlankNode> next)
    {
        RdfTerm concept = iri is null ? next() : new Iri(iri);
        g.Type(concept, Skos + "Concept").Text(concept, Skos + "prefLabel", label);
        return concept;
    }

    private static void Subject(GraphBuilder g, Iri s, PublicSubject subject, PublicUris uris)
    {
        Iri? target = subject.Concept is { } c ? new Iri(uris.Concept(c.Id))
            : subject.Agent is { } a ? new Iri(uris.Agent(a.Id))
            : subject.Place is { } p ? new Iri(uris.Place(p.Id))
            : null;
        if (target is null) return;
        // Hoofdmotief: what the object is about (MaterieelDing.gaatOver); the rest is depicted (beeldtUit).
        g.Add(s, subject.Kind == SubjectKind.MainMotif ? Dc + "subject" : Crm + "P62_depicts", target);
    }

    private static void Rights(GraphBuilder g, Iri s, Rights rights, Func<BlankNode> next)
    {
        if (rights.Licence.Length == 0 && rights.Holder.Length == 0 && rights.CreditLine.Length == 0) return;
        var right = next();
        g.Add(s, Crm + "P104_is_subject_to", right).Type(right, Crm + "E30_Right");
        if (rights.Licence.Length > 0)
            g.Add(right, Crm + "P2_has_type", Concept(g, GraphBuilder.IsUri(rights.Licence) ? rights.Licence.Trim() : null, rights.Licence, next));
        if (rights.Holder.Length > 0)
        {
            var holder = next();
            g.Add(right, Crm + "P75i_is_possessed_by", holder).Type(holder, Dcterms + "Agent").Text(holder, Rdfs + "label", rights.Holder);
        }
        if (rights.CreditLine.Length > 0)
        {
            var note = next();
            g.Add(right, Crm + "P3_has_note", note).Type(note, Cest + "Beschrijving").Text(note, Cest + "tekst", rights.CreditLine);
        }
    }
}
