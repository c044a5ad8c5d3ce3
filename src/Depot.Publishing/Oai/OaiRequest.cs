namespace Depot.Publishing.Oai;

/// <summary>
/// The arguments of one request, checked against the verb's rules (protocol 3.1.1 and 4): exactly
/// one legal verb, each argument at most once, no argument the verb does not take, every required
/// one present, and resumptionToken alone.
/// </summary>
internal sealed record OaiRequest(string Verb, IReadOnlyDictionary<string, string> Arguments)
{
    public const string Identify = "Identify";
    public const string ListMetadataFormats = "ListMetadataFormats";
    public const string ListSets = "ListSets";
    public const string ListIdentifiers = "ListIdentifiers";
    public const string ListRecords = "ListRecords";
    public const string GetRecord = "GetRecord";

    private static readonly Dictionary<string, (string[] Required, string[] Optional, bool Resumable)> Verbs = new(StringComparer.Ordinal)
    {
        [Identify] = ([], [], false),
        [ListMetadataFormats] = ([], ["identifier"], false),
        [ListSets] = ([], [], true),
        [ListIdentifiers] = (["metadataPrefix"], ["from", "until", "set"], true),
        [ListRecords] = (["metadataPrefix"], ["from", "until", "set"], true),
        [GetRecord] = (["identifier", "metadataPrefix"], [], false),
    };

    public string? this[string name] => Arguments.TryGetValue(name, out var value) ? value : null;

    /// <summary>Checks the arguments; on failure returns the error (badVerb or badArgument) instead.</summary>
    public static (OaiRequest? Request, OaiError? Error) Check(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> arguments)
    {
        var all = arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        if (!all.TryGetValue("verb", out var verbs) || verbs.Count == 0)
            return (null, OaiError.BadVerb("The request has no verb."));
        if (verbs.Count > 1) return (null, OaiError.BadVerb("The verb argument is repeated."));
        var verb = verbs[0];
        if (!Verbs.TryGetValue(verb, out var rules)) return (null, OaiError.BadVerb($"'{verb}' is not an OAI-PMH verb."));

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, list) in all)
        {
            if (name == "verb") continue;
            var legal = rules.Required.Contains(name) || rules.Optional.Contains(name) || (rules.Resumable && name == "resumptionToken");
            if (!legal) return (null, OaiError.BadArgument($"{verb} does not take the argument '{name}'."));
            if (list.Count > 1) return (null, OaiError.BadArgument($"The argument '{name}' is repeated."));
            if (list.Count == 0 || list[0].Length == 0) return (null, OaiError.BadArgument($"The argument '{name}' is empty."));
            values[name] = list[0];
        }
        if (values.ContainsKey("resumptionToken"))
        {
            if (values.Count > 1) return (null, OaiError.BadArgument("resumptionToken is an exclusive argument."));
        }
        else if (rules.Required.FirstOrDefault(r => !values.ContainsKey(r)) is { } missing)
        {
            return (null, OaiError.BadArgument($"{verb} requires the argument '{missing}'."));
        }
        return (new OaiRequest(verb, values), null);
    }
}
