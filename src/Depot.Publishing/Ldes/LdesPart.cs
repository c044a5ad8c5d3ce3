using Depot.Interchange.Rdf;

namespace Depot.Publishing.Ldes;

/// <summary>A piece of an LDES document: one triple, or a description rendered before (<see cref="LdesBlock"/>).</summary>
internal readonly record struct LdesPart(Triple? Triple, LdesBlock? Block)
{
    public static implicit operator LdesPart(Triple triple) => new(triple, null);
}
