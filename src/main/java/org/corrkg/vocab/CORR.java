package org.corrkg.vocab;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the corrkg ontology ({@code ontology/corrkg.ttl}), one typed constant each,
 * in the manner of Jena's {@code SKOS} and {@code DCTerms}: classes and individuals are
 * {@link Resource}s, properties {@link Property}s. Code that works on triples uses
 * {@code CORR.Letter.asNode()}. There is deliberately no way to name a term by a string:
 * a misspelt constant does not compile, and {@code CORRTest} checks that every constant is
 * declared in the ontology.
 */
public final class CORR {
    public static final String NS = "https://w3id.org/corrkg/ontology#";
    /** Namespace of the graph's own nodes: actors, communications, passages. */
    public static final String ID = "https://w3id.org/corrkg/id/";
    /** Namespace of the topic scheme. */
    public static final String TOPIC = "https://w3id.org/corrkg/topic/";
    /** Namespace of named graphs that corrkg itself names. */
    public static final String GRAPH = "https://w3id.org/corrkg/graph/";
    /** Prefix of the graphs that hold triples materialised by the rules in {@code ontology/rules/}. */
    public static final String INFERRED_GRAPH = GRAPH + "inferred";
    /**
     * The graph of each actor's and place's one preferred name (skos:prefLabel) and its other
     * spellings (skos:altLabel), chosen across every source; corrkg keeps it, nobody writes it.
     */
    public static final String NAMES_GRAPH = GRAPH + "names";

    /** The datatype of EDTF date literals (Library of Congress). */
    public static final RDFDatatype EDTF = TypeMapper.getInstance().getSafeTypeByName("http://id.loc.gov/datatypes/edtf/EDTF");

    public static String getURI() { return NS; }

    // Actors
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource Government = resource("Government");
    public static final Resource NewsOrganisation = resource("NewsOrganisation");
    public static final Resource Delegation = resource("Delegation");
    public static final Resource State = resource("State");
    public static final Resource Audience = resource("Audience");
    public static final Resource Office = resource("Office");
    public static final Resource Tenure = resource("Tenure");
    public static final Resource Place = resource("Place");

    // Communications
    public static final Resource Communication = resource("Communication");
    public static final Resource Message = resource("Message");
    public static final Resource Letter = resource("Letter");
    public static final Resource PublicMessage = resource("PublicMessage");
    public static final Resource VideoMessage = resource("VideoMessage");
    public static final Resource Interview = resource("Interview");
    public static final Resource PhoneCall = resource("PhoneCall");
    public static final Resource Statement = resource("Statement");
    public static final Resource Speech = resource("Speech");
    public static final Resource Sermon = resource("Sermon");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource PressReport = resource("PressReport");
    public static final Resource Reply = resource("Reply");
    public static final Property kind = property("kind");
    public static final Property kindWithin = property("kindWithin");

    // Who: senders, recipients, intermediaries
    public static final Property sender = property("sender");
    public static final Property recipient = property("recipient");
    public static final Property addressee = property("addressee");
    public static final Property audience = property("audience");
    public static final Property participant = property("participant");
    public static final Property intermediary = property("intermediary");
    public static final Property senderUnknown = property("senderUnknown");
    public static final Property correspondedWith = property("correspondedWith");
    public static final Property leader = property("leader");
    public static final Property memberOf = property("memberOf");
    public static final Property representsState = property("representsState");

    // Offices held for a time
    public static final Property holder = property("holder");
    public static final Property office = property("office");
    public static final Property officeOf = property("officeOf");
    public static final Property tenureStart = property("tenureStart");
    public static final Property tenureEnd = property("tenureEnd");

    // When: dates as uncertain as the source
    public static final Property dateAsWritten = property("dateAsWritten");
    public static final Property edtf = property("edtf");
    public static final Property earliest = property("earliest");
    public static final Property latest = property("latest");
    /** Derived: the communication's date bucket (ontology/rules/9-date-bucket.rq; {@link org.corrkg.dates.DateBuckets}). */
    public static final Property dateBucket = property("dateBucket");
    public static final Property dateNote = property("dateNote");

    // What: topics, place, secrecy, length
    public static final Property topic = property("topic");
    public static final Property place = property("place");
    public static final Property secrecy = property("secrecy");
    public static final Resource Secrecy = resource("Secrecy");
    public static final Resource Secret = resource("Secret");
    public static final Resource Public = resource("Public");
    public static final Property summary = property("summary");
    public static final Property quotation = property("quotation");
    public static final Property pageCount = property("pageCount");
    public static final Property minimumCount = property("minimumCount");
    public static final Property sentFrom = property("sentFrom");
    public static final Property sentTo = property("sentTo");
    public static final Property dateCertainty = property("dateCertainty");
    public static final Property dateEvidence = property("dateEvidence");
    public static final Property uncertainParty = property("uncertainParty");
    public static final Property conjecturedParty = property("conjecturedParty");

    // How a letter travelled, as its source records each step
    public static final Resource Handling = resource("Handling");
    public static final Property handling = property("handling");
    public static final Property handlingType = property("handlingType");
    public static final Resource Mention = resource("Mention");
    public static final Property mention = property("mention");
    public static final Property mentionOf = property("mentionOf");
    public static final Property nameAsWritten = property("nameAsWritten");
    public static final Property nameKey = property("nameKey");
    public static final Property position = property("position");
    public static final Property certainty = property("certainty");
    public static final Property basis = property("basis");

    // Threads
    public static final Property refersTo = property("refersTo");
    public static final Property referredToBy = property("referredToBy");
    public static final Property respondsTo = property("respondsTo");
    public static final Property hasResponse = property("hasResponse");
    public static final Property repliesTo = property("repliesTo");
    public static final Property hasReply = property("hasReply");
    public static final Property replyStatus = property("replyStatus");
    public static final Resource ReplyStatus = resource("ReplyStatus");
    public static final Resource NoReply = resource("NoReply");
    public static final Resource Replied = resource("Replied");

    // Who says so: evidence, attestation, status
    public static final Property evidence = property("evidence");
    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource SourcePassage = resource("SourcePassage");
    public static final Property inDocument = property("inDocument");
    public static final Property paragraph = property("paragraph");
    public static final Property chronologyEntry = property("chronologyEntry");
    public static final Property line = property("line");
    public static final Property quote = property("quote");
    public static final Property entryKey = property("entryKey");
    public static final Property entryUrl = property("entryUrl");
    public static final Property editionType = property("editionType");
    public static final Property listedIn = property("listedIn");
    public static final Resource Attestation = resource("Attestation");
    public static final Property attests = property("attests");
    public static final Property attestedBy = property("attestedBy");
    public static final Property stance = property("stance");
    public static final Property madeIn = property("madeIn");
    public static final Resource Stance = resource("Stance");
    public static final Resource Reported = resource("Reported");
    public static final Resource Confirmed = resource("Confirmed");
    public static final Resource Acknowledged = resource("Acknowledged");
    public static final Resource Claimed = resource("Claimed");
    public static final Resource Denied = resource("Denied");
    public static final Resource DeclinedToComment = resource("DeclinedToComment");
    public static final Property status = property("status");
    public static final Resource EvidentialStatus = resource("EvidentialStatus");
    public static final Resource Attested = resource("Attested");
    public static final Resource ReportedOnly = resource("ReportedOnly");
    public static final Resource Disputed = resource("Disputed");
    public static final Property editorialNote = property("editorialNote");

    // Claims about content: who says what a communication said
    public static final Resource Claim = resource("Claim");
    public static final Property about = property("about");
    public static final Property claimedBy = property("claimedBy");
    public static final Property claimText = property("claimText");
    public static final Property contentKind = property("contentKind");
    public static final Resource ContentKind = resource("ContentKind");
    public static final Resource RaisedTopic = resource("RaisedTopic");
    public static final Resource Proposal = resource("Proposal");
    public static final Resource Warning = resource("Warning");
    public static final Resource Condition = resource("Condition");
    public static final Resource Quotation = resource("Quotation");
    public static final Property claimStatus = property("claimStatus");
    public static final Resource ClaimResponse = resource("ClaimResponse");
    public static final Property onClaim = property("onClaim");
    public static final Property respondent = property("respondent");

    // Summaries kept at load, for overviews of large stores
    public static final Resource Summary = resource("Summary");
    public static final Resource TypeCount = resource("TypeCount");
    public static final Resource TopicCount = resource("TopicCount");
    public static final Resource EdgeCount = resource("EdgeCount");
    public static final Resource YearCount = resource("YearCount");
    public static final Resource ActivityCount = resource("ActivityCount");
    public static final Resource DateRange = resource("DateRange");
    public static final Resource HeavyEdgeCount = resource("HeavyEdgeCount");
    public static final Resource BucketCount = resource("BucketCount");
    public static final Resource ActorBucketCount = resource("ActorBucketCount");
    public static final Resource ActorKindCount = resource("ActorKindCount");
    public static final Resource PlaceKindCount = resource("PlaceKindCount");
    public static final Resource PlaceActorCount = resource("PlaceActorCount");
    public static final Property atPlace = property("atPlace");
    public static final Resource RouteKindCount = resource("RouteKindCount");
    public static final Resource HeavyRouteCount = resource("HeavyRouteCount");
    public static final Resource PlaceBucketCount = resource("PlaceBucketCount");
    public static final Resource RouteBucketCount = resource("RouteBucketCount");
    public static final Property ofPlace = property("ofPlace");
    public static final Property otherCount = property("otherCount");
    public static final Property routeFrom = property("routeFrom");
    public static final Property routeTo = property("routeTo");
    public static final Resource BusyNetwork = resource("BusyNetwork");
    public static final Resource BusyTieCount = resource("BusyTieCount");
    public static final Property tieFrom = property("tieFrom");
    public static final Property tieTo = property("tieTo");
    public static final Property inDateBucket = property("inDateBucket");
    public static final Property count = property("count");
    public static final Property ofKind = property("ofKind");
    public static final Property edgeFrom = property("edgeFrom");
    public static final Property edgeTo = property("edgeTo");
    public static final Property edgeDisputed = property("edgeDisputed");
    public static final Property band = property("band");
    public static final Property rowCount = property("rowCount");
    public static final Property rowBand = property("rowBand");
    public static final Property disputedMode = property("disputedMode");
    public static final Property activityBand = property("activityBand");
    public static final Property actorBand = property("actorBand");
    public static final Property year = property("year");
    public static final Property ofActor = property("ofActor");
    public static final Property ofTopic = property("ofTopic");
    public static final Property sentCount = property("sentCount");
    public static final Property receivedCount = property("receivedCount");
    public static final Property ofDateBucket = property("ofDateBucket");

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    private CORR() {}
}
