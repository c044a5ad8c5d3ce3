using Depot.Preservation.Formats.Containers;
using Depot.Preservation.Formats.Signatures;

namespace Depot.Preservation.Formats;

internal sealed partial class PronomIdentifier
{
    /// <summary>The container pass: open the zip or compound file and match the container signatures of its type.</summary>
    private static List<Candidate> MatchContainer(SignatureFile file, ContainerSignatureFile containers, string type, Stream content)
    {
        var start = content.Position;
        try
        {
            List<string> puids;
            if (type == "ZIP")
            {
                using var zip = ZipContainer.Open(content);
                puids = zip is null ? [] : containers.Match(type, zip);
            }
            else
            {
                var ole2 = Ole2Container.Open(content);
                puids = ole2 is null ? [] : containers.Match(type, ole2);
            }
            var found = puids.Select(p => file.ByPuid.TryGetValue(p, out var f) ? f : Unlisted(p)).Select(f => new Candidate(f, 0)).ToList();
            return WithPriorities(found);
        }
        finally
        {
            content.Position = start;
        }
    }

    /// <summary>A container PUID the (older) DROID file does not list yet: still reported, by PUID.</summary>
    private static PronomFormat Unlisted(string puid) => new(-1, puid, puid, "", "", [], [], new HashSet<int>());
}
