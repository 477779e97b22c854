package org.embargomonitor.seizures.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.seizures.Fixtures.PROBLEM_JSON;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.seizure;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.MONUSCO_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.seizures.seizure.NewSeizure;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.EventContract;
import org.embargomonitor.testing.OutboxRows;
import org.embargomonitor.testing.HostileFiles;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ImportResourceTest {

    private static final EventContract SEIZURE_EVENT = EventContract.of("seizure-event");

    @ConfigProperty(name = "seizures.events.seizure-topic")
    String seizureTopic;

    @Inject
    AgroalDataSource database;

    @Inject
    ObjectMapper json;

    private static final String HEADER = "reference,reporting_unit,occurred_at,country_code,place_name,latitude,longitude,"
            + "circumstance,possessor_kind,narrative,category,make,model,calibre,serial_number,quantity,lot_number,marking_state\n";

    @Test
    void shouldImportTenThousandRowsAndReportProgress() {
        String batch = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int seizure = 0; seizure < 2000; seizure++) {
            for (int item = 0; item < 5; item++) {
                csv.append("IMP-").append(batch).append('-').append(seizure).append(",DDR section Bangui,2026-02-0")
                        .append(1 + seizure % 9).append(",CAF,Bangui,4.39,18.55,SURRENDERED,INDIVIDUAL,")
                        .append("\"Handed in, programme week ").append(seizure % 52).append("\",ASSAULT_RIFLE,Kalashnikov pattern,AKM,")
                        .append("7.62x39mm,KT").append(seizure).append('-').append(item).append(",1,,INTACT\n");
            }
        }

        JsonPath done = importAndWait(MISSION_OFFICER, csv.toString().getBytes(), "ddr-week.csv", Duration.ofMinutes(4));

        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getInt("totalRows")).isEqualTo(10_000);
        assertThat(done.getInt("rowsDone")).isEqualTo(10_000);
        assertThat(done.getInt("rowsRejected")).isZero();
        assertThat(done.getInt("seizuresCreated")).isEqualTo(2000);
        assertThat(done.getInt("percentDone")).isEqualTo(100);
    }

    @Test
    void shouldStoreImportedSeizuresAsTheApiDoesWithTheirChainOfCustodyAndOneValidEventEach() throws Exception {
        List<String> references = new ArrayList<>();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int seizure = 0; seizure < ImportService.SEIZURES_PER_TRANSACTION + 5; seizure++) {
            String reference = newReference();
            references.add(reference);
            for (int item = 0; item < 3; item++) {
                csv.append(reference).append(",JTF,2026-03-01,CAF,Bria,6.54,21.98,SEIZED,ARMED_GROUP,Cache,ASSAULT_RIFLE,,,7.62x39mm,S")
                        .append(seizure).append('-').append(item).append(",1,,INTACT\n");
            }
        }

        JsonPath done = importAndWait(MISSION_OFFICER, csv.toString().getBytes(), "sets.csv", Duration.ofMinutes(1));

        assertThat(done.getInt("seizuresCreated")).isEqualTo(references.size());
        for (String reference : List.of(references.get(0), references.get(references.size() - 1))) {
            String id = as(MISSION_OFFICER).queryParam("reference", reference).get("/api/seizures").then().statusCode(200)
                    .extract().path("[0].id");
            as(MISSION_OFFICER).get("/api/seizures/" + id + "/custody/verification").then().statusCode(200)
                    .body("intact", equalTo(true)).body("entries", equalTo(4));
            List<String> events = OutboxRows.payloads(database, seizureTopic, id);
            assertThat(events).hasSize(1);
            assertThat(SEIZURE_EVENT.problems(events.get(0))).isEmpty();
            JsonPath event = JsonPath.from(events.get(0));
            assertThat(event.getString("type")).isEqualTo("SEIZURE_RECORDED");
            assertThat(event.getList("seizure.items.serialNumber")).hasSize(3);
            assertThat(event.getString("seizure.reference")).isEqualTo(reference);
        }
    }

    @Test
    void shouldAnswerASeizureRecordedBeforeAStopByItsKeyAndStoreItOnce() throws Throwable {
        String recordedBefore = newReference();
        String after = newReference();
        String csv = HEADER
                + recordedBefore + ",JTF,2026-03-01,CAF,Bria,6.54,21.98,SEIZED,UNKNOWN,Cache,ASSAULT_RIFLE,,,7.62x39mm,K1,1,,INTACT\n"
                + after + ",JTF,2026-03-02,CAF,Bria,6.54,21.98,FOUND,UNKNOWN,Cache,MORTAR,,,82mm,,1,,ABSENT\n";
        Path file = Files.createTempFile("stopped-", ".csv");
        Files.writeString(file, csv);
        NewSeizure first;
        try (SheetReader.Rows rows = SheetReader.open(file, ImportJob.Format.CSV)) {
            first = ImportColumns.parse(ImportService.bySeizure(rows).next()).seizure();
        }
        Files.delete(file);
        String earlier = importAndWait(MISSION_OFFICER, (HEADER + newReference()
                + ",JTF,2026-03-01,CAF,Bria,6.54,21.98,FOUND,UNKNOWN,Cache,MORTAR,,,82mm,,1,,ABSENT\n").getBytes(), "earlier.csv",
                Duration.ofMinutes(1)).getString("id");
        UUID id = UUID.randomUUID();
        // the first seizure was committed under its key, and the replica stopped before it saved its progress
        as(MISSION_OFFICER).header("Idempotency-Key", "import:" + id + ":" + recordedBefore).body(json.writeValueAsString(first))
                .post("/api/seizures").then().statusCode(201);
        queueStoppedJob(id, earlier, csv, 0);

        JsonPath done = await().atMost(Duration.ofMinutes(1)).until(() -> as(MISSION_OFFICER).get("/api/seizures/imports/" + id)
                .then().statusCode(200).extract().jsonPath(), job -> job.getString("status").equals("DONE"));

        assertThat(done.getInt("seizuresCreated")).isEqualTo(2);
        assertThat(done.getInt("rowsRejected")).isZero();
        List<String> stored = as(ADMIN).get("/api/seizures?size=500").then().extract().path("reference");
        assertThat(stored).containsOnlyOnce(recordedBefore).containsOnlyOnce(after);
    }

    @Test
    void shouldRejectWholeSeizuresWithABadRowAndSayWhyRowByRow() {
        String taken = newReference();
        as(MISSION_OFFICER).body(seizure(taken, "CAF")).post("/api/seizures").then().statusCode(201);
        String good = newReference();
        String badQuantity = newReference();
        String badLatitude = newReference();
        String csv = HEADER
                + good + ",JTF,2026-03-01,CAF,Bria,6.54,21.98,SEIZED,ARMED_GROUP,Cache,ASSAULT_RIFLE,,,7.62x39mm,A1,1,,INTACT\n"
                + good + ",JTF,2026-03-01,CAF,Bria,6.54,21.98,SEIZED,ARMED_GROUP,Cache,AMMUNITION,,,7.62x39mm,,1200,L-77,INTACT\n"
                + badQuantity + ",JTF,2026-03-02,CAF,Bria,6.54,21.98,SEIZED,ARMED_GROUP,Cache,ASSAULT_RIFLE,,,,B1,1,,INTACT\n"
                + badQuantity + ",JTF,2026-03-02,CAF,Bria,6.54,21.98,SEIZED,ARMED_GROUP,Cache,ASSAULT_RIFLE,,,,B2,many,,INTACT\n"
                + badLatitude + ",JTF,2026-03-03,CAF,Bria,95,21.98,FOUND,UNKNOWN,Cache,MORTAR,,,82mm,,1,,ABSENT\n"
                + taken + ",JTF,2026-03-04,CAF,Bria,6.54,21.98,SEIZED,UNKNOWN,Cache,PISTOL_REVOLVER,,,,C1,1,,INTACT\n";

        JsonPath done = importAndWait(MISSION_OFFICER, csv.getBytes(), "week.csv", Duration.ofMinutes(1));

        assertThat(done.getInt("seizuresCreated")).isEqualTo(1);
        assertThat(done.getInt("rowsRejected")).isEqualTo(4);
        String job = done.getString("id");
        List<Map<String, Object>> errors = as(MISSION_OFFICER).get("/api/seizures/imports/" + job + "/errors")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("row", 5).containsEntry("column", "quantity"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("row", 4).containsEntry("column", "reference"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("row", 6).containsEntry("column", "latitude"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("row", 7).containsEntry("column", "reference")
                .hasEntrySatisfying("message", m -> assertThat((String) m).contains("already used")));
        as(MISSION_OFFICER).accept("text/csv").get("/api/seizures/imports/" + job + "/errors.csv").then().statusCode(200)
                .body(containsString("row,reference,column,message")).body(containsString("5," + badQuantity + ",quantity"));
        List<String> stored = as(ADMIN).get("/api/seizures?size=500").then().extract().path("reference");
        assertThat(stored).contains(good).doesNotContain(badQuantity, badLatitude);
    }

    @Test
    void shouldStoreASeizureOnceWhenItsReferenceComesBackLaterInTheFileWithOtherRows() {
        String twice = newReference();
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append(twice).append(",JTF,2026-03-01,CAF,Bria,6.54,21.98,SEIZED,UNKNOWN,Cache,ASSAULT_RIFLE,,,7.62x39mm,D1,1,,INTACT\n");
        for (int between = 0; between < 5; between++) {
            csv.append(newReference()).append(",JTF,2026-03-02,CAF,Bria,6.54,21.98,FOUND,UNKNOWN,Cache,PISTOL_REVOLVER,,,,E")
                    .append(between).append(",1,,INTACT\n");
        }
        csv.append(twice).append(",JTF,2026-03-05,CAF,Bria,6.54,21.98,SEIZED,UNKNOWN,Other,MORTAR,,,82mm,,2,,ABSENT\n");

        JsonPath done = importAndWait(MISSION_OFFICER, csv.toString().getBytes(), "twice.csv", Duration.ofMinutes(1));

        assertThat(done.getInt("seizuresCreated")).isEqualTo(6);
        assertThat(done.getInt("rowsRejected")).isEqualTo(1);
        List<String> stored = as(ADMIN).get("/api/seizures?size=500").then().extract().path("reference");
        assertThat(stored).containsOnlyOnce(twice);
    }

    @Test
    void shouldWriteTheErrorReportSoThatNoSpreadsheetRunsAFormulaFromTheFileAndCleanControlCharacters() {
        String formula = "=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")";
        String clean = newReference();
        String csv = HEADER
                + "\"" + formula + "\",JTF,2026-03-02,CAF,Bria,6.54,21.98,SEIZED,ARMED_GROUP,Cache,ASSAULT_RIFLE,,,,B1,many,,INTACT\n"
                + clean + ",JTF,2026-03-02,CAF,Br\u0000ia,6.54,21.98,SEIZED,ARMED_GROUP,Cache,ASSAULT_RIFLE,,,,B2,1,,INTACT\n";

        String job = importAndWait(MISSION_OFFICER, csv.getBytes(), "formula.csv", Duration.ofMinutes(1)).getString("id");

        String report = as(MISSION_OFFICER).accept("text/csv").get("/api/seizures/imports/" + job + "/errors.csv")
                .then().statusCode(200).extract().asString();
        assertThat(report).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        List<String> places = as(ADMIN).get("/api/seizures?size=500").then().extract().jsonPath()
                .getList("findAll { it.reference == '" + clean + "' }.placeName");
        assertThat(places).containsExactly("Bria");
    }

    @Test
    void shouldStoreEachSeizureOnceWhenTheSameFileIsImportedTwiceAtTheSameMomentAndSayWhyPlainly() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String reference = newReference();
            references.add(reference);
            csv.append(reference).append(",JTF,2026-03-01,CAF,Bria,6.54,21.98,SEIZED,ARMED_GROUP,Cache,ASSAULT_RIFLE,,,7.62x39mm,T")
                    .append(i).append(",1,,INTACT\n");
        }
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<JsonPath> first = clients.submit(() -> importAndWait(MISSION_OFFICER, csv.toString().getBytes(), "twice.csv", Duration.ofMinutes(2)));
            Future<JsonPath> second = clients.submit(() -> importAndWait(MISSION_OFFICER, csv.toString().getBytes(), "twice.csv", Duration.ofMinutes(2)));
            JsonPath one = first.get();
            JsonPath other = second.get();

            assertThat(one.getString("status")).isEqualTo("DONE");
            assertThat(other.getString("status")).isEqualTo("DONE");
            assertThat(one.getInt("seizuresCreated") + other.getInt("seizuresCreated")).isEqualTo(60);
            for (JsonPath job : List.of(one, other)) {
                String errors = as(MISSION_OFFICER).get("/api/seizures/imports/" + job.getString("id") + "/errors").then().statusCode(200)
                        .extract().asString();
                assertThat(errors).doesNotContainIgnoringCase("constraint").doesNotContain("Exception").doesNotContain("SQL")
                        .doesNotContain("insert into");
            }
        } finally {
            clients.shutdownNow();
        }
        List<String> stored = as(ADMIN).get("/api/seizures?size=500").then().extract().path("reference");
        assertThat(references).allSatisfy(reference -> assertThat(stored.stream().filter(reference::equals)).hasSize(1));
    }

    @Test
    void shouldImportTheFirstSheetOfAnXlsxFile() throws Exception {
        String reference = newReference();

        JsonPath done = importAndWait(MISSION_OFFICER, xlsxOf(reference), "ndele.xlsx", Duration.ofMinutes(1));

        assertThat(done.getString("format")).isEqualTo("XLSX");
        assertThat(done.getInt("seizuresCreated")).isEqualTo(1);
        List<Map<String, Object>> seizures = as(MISSION_OFFICER).get("/api/seizures?size=500").then().extract().jsonPath().getList("$");
        assertThat(seizures).anySatisfy(s -> assertThat(s).containsEntry("reference", reference).containsEntry("placeName", "Ndélé"));
    }

    /** A workbook of one seizure of a machine gun and its ammunition, as a mission would send it. */
    private static byte[] xlsxOf(String reference) throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Seizures");
            String[] header = HEADER.strip().split(",");
            String[][] rows = {
                    { reference, "JTF", "2026-03-05", "CAF", "Ndélé", "8.41", "20.65", "CAPTURED", "ARMED_GROUP", "Ambush", "LIGHT_MACHINE_GUN", "", "PKM", "7.62x54mmR", "Z-19", "1", "", "PARTLY_OBLITERATED" },
                    { reference, "JTF", "2026-03-05", "CAF", "Ndélé", "8.41", "20.65", "CAPTURED", "ARMED_GROUP", "Ambush", "AMMUNITION", "", "", "7.62x54mmR", "", "600", "539-85", "INTACT" } };
            write(sheet.createRow(0), header);
            write(sheet.createRow(1), rows[0]);
            write(sheet.createRow(2), rows[1]);
            workbook.write(xlsx);
        }
        return xlsx.toByteArray();
    }

    @Test
    void shouldRefuseAFileThatIsNoSpreadsheet() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of(System.getProperty("embargo.shared.dir", "../../shared"),
                "data/documents/t4t_ammunition_headstamp_annotation_guide_v0.2.pdf"));
        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER)).contentType("text/csv").body(pdf)
                .post("/api/seizures/imports").then().statusCode(415).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldStopAtAZipBombInAnXlsxFileSayingWhyAndStoreNothing() throws Exception {
        byte[] bomb = HostileFiles.zipBomb(xlsxOf(newReference()), "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<sheetData>", "</sheetData></worksheet>", 400);

        JsonPath done = importAndWait(MISSION_OFFICER, bomb, "bomb.xlsx", Duration.ofMinutes(1));

        assertThat(done.getString("status")).isEqualTo("FAILED");
        assertThat(done.getString("failure")).contains("zip bomb").doesNotContain("ZipSecureFile").doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]");
        assertThat(done.getInt("seizuresCreated")).isZero();
    }

    @Test
    void shouldNotReadAnExternalEntityInAnXlsxFile() throws Exception {
        String reference = newReference();
        byte[] xxe = HostileFiles.withEntry(xlsxOf(reference), "xl/worksheets/sheet1.xml", HostileFiles.externalEntityDoctype("worksheet")
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>&x;</t></is></c></row></sheetData></worksheet>");

        JsonPath done = importAndWait(MISSION_OFFICER, xxe, "entity.xlsx", Duration.ofMinutes(1));

        assertThat(done.getString("status")).isEqualTo("FAILED");
        assertThat(done.getString("failure")).contains("DOCTYPE").doesNotContain("root:").doesNotContain("apache.org");
        as(ADMIN).get("/api/seizures/imports/" + done.getString("id") + "/errors").then().statusCode(200)
                .body(not(containsString("root:")));
    }

    @Test
    void shouldShowAnImportOnlyToWhoeverSubmittedItAndAdmins() {
        JsonPath done = importAndWait(MISSION_OFFICER, HEADER.getBytes(), "empty.csv", Duration.ofMinutes(1));
        String job = "/api/seizures/imports/" + done.getString("id");

        as(MONUSCO_OFFICER).get(job).then().statusCode(404);
        as(ADMIN).get(job).then().statusCode(200).body("status", equalTo("DONE"));
        as(PANEL_EXPERT).get(job).then().statusCode(403);
        given().auth().oauth2(Tokens.accessToken(COMMITTEE_MEMBER)).contentType("text/csv").body(HEADER)
                .post("/api/seizures/imports").then().statusCode(403);
    }

    @Test
    void shouldResumeAnImportLeftByAStoppedReplicaAfterTheRowsItSaved() throws Throwable {
        String first = newReference();
        String second = newReference();
        String third = newReference();
        StringBuilder csv = new StringBuilder(HEADER);
        for (String reference : List.of(first, second, third)) {
            for (int item = 0; item < 2; item++) {
                csv.append(reference).append(",JTF,2026-03-01,CAF,Bria,6.54,21.98,SEIZED,UNKNOWN,Cache,ASSAULT_RIFLE,,,7.62x39mm,R")
                        .append(reference, reference.length() - 4, reference.length()).append(item).append(",1,,INTACT\n");
            }
        }
        String earlier = importAndWait(MISSION_OFFICER, (HEADER + newReference()
                + ",JTF,2026-03-01,CAF,Bria,6.54,21.98,FOUND,UNKNOWN,Cache,MORTAR,,,82mm,,1,,ABSENT\n").getBytes(), "earlier.csv",
                Duration.ofMinutes(1)).getString("id");
        UUID id = UUID.randomUUID();
        queueStoppedJob(id, earlier, csv.toString(), 2);

        JsonPath done = await().atMost(Duration.ofMinutes(1)).until(() -> as(MISSION_OFFICER).get("/api/seizures/imports/" + id)
                .then().statusCode(200).extract().jsonPath(), job -> job.getString("status").equals("DONE"));

        assertThat(done.getInt("rowsDone")).isEqualTo(6);
        assertThat(done.getInt("seizuresCreated")).as("the one saved before the stop, and the two after it").isEqualTo(3);
        List<String> stored = as(ADMIN).get("/api/seizures?size=500").then().extract().path("reference");
        assertThat(stored).as("the rows saved before the stop are not read again").contains(second, third).doesNotContain(first);
        as(COMMITTEE_MEMBER).get("/api/seizures/imports/" + id).then().statusCode(403);
    }

    /** An import of the file as a stopped replica leaves it: claimed, its lease run out, {@code rowsDone} rows saved. */
    private static void queueStoppedJob(UUID id, String likeJob, String csv, int rowsDone) throws Throwable {
        execute("insert into import_job (id, submitted_by, file_name, format, total_rows, rows_done, rows_rejected, seizures_created,"
                + " submitted_at, submitted_as) select '" + id + "', submitted_by, 'resumed.csv', 'CSV', 0, " + rowsDone + ", 0, "
                + (rowsDone > 0 ? 1 : 0) + ", now(), submitted_as from import_job where id = '" + likeJob + "'");
        // the job and its file in one transaction: a runner may claim the job the moment it is committed
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("insert into job (id, kind, description, status, submitted_by, submitted_at, claimed_by, lease_until,"
                        + " attempts, total, done, checkpoint) select id, 'seizure-import', 'CSV import of resumed.csv', 'RUNNING',"
                        + " submitted_by, now(), 'stopped/1', now() - interval '1 second', 1, 0, " + rowsDone + ", '" + rowsDone
                        + "' from import_job where id = '" + id + "'")
                .executeUpdate()
                .chain(() -> session.createNativeQuery("insert into job_input (job_id, content) values (:id, :content)")
                        .setParameter("id", id).setParameter("content", csv.getBytes()).executeUpdate()))));
    }

    private static void execute(String sql) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(sql).executeUpdate())));
    }

    private static JsonPath importAndWait(DemoUser user, byte[] file, String name, Duration within) {
        String location = given().auth().oauth2(Tokens.accessToken(user)).contentType("application/octet-stream").body(file)
                .queryParam("fileName", name).post("/api/seizures/imports")
                .then().statusCode(202).extract().header("Location");
        return await("import " + location + " finished").atMost(within).pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(Tokens.accessToken(user)).get(location).then().statusCode(200).extract().jsonPath(),
                        job -> !List.of("QUEUED", "RUNNING").contains(job.getString("status")));
    }

    private static void write(Row row, String[] values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
