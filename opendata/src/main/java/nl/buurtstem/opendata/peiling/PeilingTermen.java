package nl.buurtstem.opendata.peiling;

import nl.buurtstem.opendata.lod.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The IRIs of the poll cubes: their data sets, structures, dimensions and measures. */
record PeilingTermen(
        Resource dataSet,
        Resource structuur,
        Resource totalen,
        Resource totaalStructuur,
        Resource stand,
        Resource standStructuur,
        Resource standPerWijk,
        Resource standPerWijkStructuur,
        Property peiling,
        Property optie,
        Property wijk,
        Property kiosk,
        Property kanaal,
        Property periode,
        Property aantal,
        Property onderdrukt,
        Property achtergehouden) {

    static PeilingTermen van(Iris iris) {
        Model m = ModelFactory.createDefaultModel();
        return new PeilingTermen(
                m.createResource(iris.id("dataset", "peilingresultaten")),
                m.createResource(iris.def("peilingresultaat-structuur")),
                m.createResource(iris.id("dataset", "peilingtotalen")),
                m.createResource(iris.def("peilingtotaal-structuur")),
                m.createResource(iris.id("dataset", "peilingstand")),
                m.createResource(iris.def("peilingstand-structuur")),
                m.createResource(iris.id("dataset", "peilingstandperwijk")),
                m.createResource(iris.def("peilingstandperwijk-structuur")),
                m.createProperty(iris.def("peiling")),
                m.createProperty(iris.def("antwoordoptie")),
                m.createProperty(iris.def("wijk")),
                m.createProperty(iris.def("kiosk")),
                m.createProperty(iris.def("kanaal")),
                m.createProperty(iris.def("periode")),
                m.createProperty(iris.def("aantalAntwoorden")),
                m.createProperty(iris.def("aantalOnderdrukt")),
                m.createProperty(iris.def("aantalAchtergehoudenTotalen")));
    }
}
