using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Adlib;

internal sealed partial class AdlibMapper
{
    /// <summary>
    /// Hoofdmotief from <c>content.motif.general</c>, depicted concepts from <c>content.motif.specific</c>
    /// and <c>content.subject</c> (a place when its type is GEOKEYW), depicted persons from
    /// <c>content.person.name</c>. The <c>association.*</c> fields say what an object is
    /// associated with, not what it shows; Depot has no such field, so they stay kept verbatim.
    /// </summary>
    private List<SourceSubject> Subjects()
    {
        var subjects = new List<SourceSubject>();
        subjects.AddRange(TermsEverywhere("content.motif.general").Select(t => new SourceSubject(SubjectKind.MainMotif, t)));
        subjects.AddRange(TermsEverywhere("content.motif.specific").Select(t => new SourceSubject(SubjectKind.DepictedConcept, t)));
        foreach (var scope in scopes)
        {
            var typeNode = In(scope, "content.subject.type").FirstOrDefault();
            var code = typeNode?.Values.Find(v => v.Language is AdlibValue.Neutral or "")?.Text;
            var place = string.Equals(code, "GEOKEYW", StringComparison.OrdinalIgnoreCase);
            var terms = Terms(scope, "content.subject");
            foreach (var term in terms)
                subjects.Add(place
                    ? new SourceSubject(SubjectKind.DepictedPlace, Place: new SourcePlace(term.Label, term.Ids.Where(UriIds.IsUri).Select(UriIds.ToExternalId).ToList()))
                    : new SourceSubject(SubjectKind.DepictedConcept, term));
        }
        foreach (var scope in scopes)
            foreach (var term in Terms(scope, "content.person.name"))
            {
                var ids = term.Ids.Select(id => id.StartsWith("local:", StringComparison.Ordinal) ? new ExternalId("local", id[6..]) : UriIds.ToExternalId(id)).ToList();
                subjects.Add(new SourceSubject(SubjectKind.DepictedAgent, Agent: new SourceAgent(term.Label, AgentKind.Person, ids)));
            }
        return subjects;
    }

    /// <summary>One inscription per <c>inscription.content</c>, with type, position and language from the same group.</summary>
    private List<Inscription> Inscriptions()
    {
        var inscriptions = new List<Inscription>();
        foreach (var scope in scopes)
        {
            var contents = In(scope, "inscription.content");
            var types = In(scope, "inscription.type");
            var positions = In(scope, "inscription.position");
            var languages = In(scope, "inscription.language");
            for (var i = 0; i < contents.Count; i++)
            {
                var text = Take(contents[i]);
                if (text.Length == 0) continue;
                inscriptions.Add(new Inscription(Take(At(types, i)), text, Take(At(positions, i)), Take(At(languages, i))));
            }
        }
        return inscriptions;
    }

    /// <summary>The rights statement (<c>copyright</c>, or a licence URI), its holder and the credit line.</summary>
    private Rights MapRights()
    {
        var licence = FirstText("copyright") is { Length: > 0 } c ? c : FirstText("rights.type");
        var holder = FirstText("rights.holder") is { Length: > 0 } h ? h : FirstText("copyright.holder");
        var credit = FirstText("credit_line");
        return licence.Length + holder.Length + credit.Length == 0 ? Rights.None : new Rights(licence, holder, credit);
    }
}
