using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Lido;

public sealed partial class LidoWriter
{
    private void Concept(string name, SourceTerm? term)
    {
        Start(name);
        if (term is not null) ConceptBody(term);
        End();
    }

    /// <summary>conceptIDs (URIs, or "local:…" as a local id) then the term in its language.</summary>
    private void ConceptBody(SourceTerm term)
    {
        foreach (var id in term.Ids)
        {
            Start("conceptID");
            var local = id.StartsWith("local:", StringComparison.Ordinal);
            Attr("type", local ? "local" : TermUri);
            xml.WriteString(local ? id["local:".Length..] : id);
            End();
        }
        if (term.Label.Length > 0) Text("term", term.Label, term.Language);
    }

    private void Subjects(IReadOnlyList<SourceSubject> subjects)
    {
        if (subjects.Count == 0) return;
        Start("objectRelationWrap");
        Start("subjectWrap");
        foreach (var s in subjects)
        {
            Start("subjectSet");
            Start("subject");
            if (s.Kind == SubjectKind.MainMotif) Attr("type", "hoofdmotief");
            switch (s.Kind)
            {
                case SubjectKind.MainMotif or SubjectKind.DepictedConcept when s.Term is not null:
                    Concept("subjectConcept", s.Term);
                    break;
                case SubjectKind.DepictedAgent when s.Agent is not null:
                    Start("subjectActor");
                    Actor(s.Agent);
                    End();
                    break;
                case SubjectKind.DepictedPlace when s.Place is not null:
                    Start("subjectPlace");
                    Place(s.Place);
                    End();
                    break;
                default:
                    break;
            }
            End();
            End();
        }
        End();
        End();
    }

    private void Place(SourcePlace place)
    {
        Start("place");
        foreach (var id in place.Ids) Identifier("placeID", id);
        Start("namePlaceSet");
        Start("appellationValue");
        Attr("pref", "preferred");
        xml.WriteString(place.Name);
        End();
        End();
        End();
    }

    private void Rights(Rights rights)
    {
        if (rights == Depot.Core.Registration.Objects.Rights.None) return;
        Start("rightsWorkWrap");
        Start("rightsWorkSet");
        if (rights.Licence.Length > 0)
        {
            Start("rightsType");
            if (Uri.TryCreate(rights.Licence, UriKind.Absolute, out _)) Id("conceptID", rights.Licence, TermUri);
            else Text("term", rights.Licence);
            End();
        }
        if (rights.Holder.Length > 0)
        {
            Start("rightsHolder");
            Start("legalBodyName");
            Text("appellationValue", rights.Holder);
            End();
            End();
        }
        if (rights.CreditLine.Length > 0) Text("creditLine", rights.CreditLine);
        End();
        End();
    }
}
