using System.Globalization;
using System.Text;

namespace Depot.Cli.Tests.Importing;

/// <summary>An adlibXML export of <c>count</c> realistic records: makers, materials, dimensions, a field Depot keeps verbatim.</summary>
internal static class GeneratedAdlib
{
    private static readonly string[] Makers = ["Rubens, Peter Paul", "Jordaens, Jacob", "Van Dyck, Anthony", "Bruegel, Pieter I", "Ensor, James"];
    private static readonly string[] Materials = ["olieverf", "doek", "paneel", "papier", "brons"];

    public static string Write(int count, string? title = null)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("depot-adlib-").FullName, "collectie.xml");
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.WriteLine("""<?xml version="1.0" encoding="utf-8"?>""");
        w.WriteLine("<adlibXML><recordList>");
        for (var i = 1; i <= count; i++)
        {
            var n = i.ToString("000000", CultureInfo.InvariantCulture);
            w.WriteLine($"""
                <record priref="{i}">
                  <object_number>GEN.{n}</object_number>
                  <Title><title>{title ?? "Werk"} {i}</title></Title>
                  <Object_name><object_name>schilderij</object_name></Object_name>
                  <Production><creator>{Makers[i % Makers.Length]}</creator><creator.role>schilder</creator.role></Production>
                  <Production><creator>{Makers[(i + 2) % Makers.Length]}</creator><creator.role>ontwerper</creator.role></Production>
                  <Material><material>{Materials[i % Materials.Length]}</material></Material>
                  <Material><material>{Materials[(i + 1) % Materials.Length]}</material></Material>
                  <Dimension><dimension.type>hoogte</dimension.type><dimension.value>{10 + i % 90}</dimension.value><dimension.unit>cm</dimension.unit></Dimension>
                  <production.date.start>{1500 + i % 400}</production.date.start>
                  <notes>Interne nota {i}</notes>
                </record>
                """);
        }
        w.WriteLine("</recordList></adlibXML>");
        return path;
    }
}
