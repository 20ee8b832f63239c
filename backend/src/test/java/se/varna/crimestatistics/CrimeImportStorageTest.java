package se.varna.crimestatistics;

import static org.assertj.core.api.Assertions.assertThat;
import static se.varna.crimestatistics.CrimeImports.COORDINATOR;
import static se.varna.crimestatistics.CrimeImports.HEADER;
import static se.varna.crimestatistics.CrimeImports.POLICE;
import static se.varna.crimestatistics.CrimeImports.importAndWait;
import static se.varna.crimestatistics.CrimeImports.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import se.varna.disclosure.DisclosureConfig;
import se.varna.disclosure.RecordKeys;
import se.varna.support.EmbeddedPostgresResource;

/**
 * What an import writes into {@code crime_fact}, read back with SQL: the facts (binary
 * {@code COPY}) with the record keys the SQL twin of the HMAC computes, a month delivered
 * identically before not rewritten (its facts keep the earlier job's {@code load_id}), and a
 * repeated row of a skip-invalid file stored once, as its first row, without the file being
 * copied again. Months of 2058.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CrimeImportStorageTest {

    @Inject
    DataSource dataSource;

    @Inject
    DisclosureConfig disclosure;

    /** Two districts of the catalogue, whichever they are. */
    private String district;
    private String otherDistrict;

    @BeforeEach
    void districts() throws SQLException {
        List<String> codes = strings("select code from area where type = 'district' order by code limit 2");
        district = codes.get(0);
        otherDistrict = codes.get(1);
    }

    @Test
    void theFactsAreStoredAsDeliveredWithTheRecordKeysSqlComputes() throws SQLException {
        JsonPath job = importAndWait(POLICE, HEADER
                + "2058-01," + district + ",misshandel,male,18-24,4\n"
                + "2058-01," + district + ",misshandel,female,notRecorded,0\n"
                + "2058-02," + otherDistrict + ",cykelstold,notRecorded,notRecorded,1000000000\n");
        assertThat(job.getString("state")).isEqualTo("succeeded");

        RecordKeys keys = new RecordKeys(disclosure.secret());
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                select to_char(f.month, 'YYYY-MM'), a.code, k.code, f.sex, f.age_group_id, f.count, f.load_id,
                       f.record_key = disclosure_record_key(?, ?, f.month, f.source_id, f.area_id, f.category_id,
                                                            f.sex, f.age_group_id, f.count)
                from crime_fact f join area a on a.id = f.area_id join crime_category k on k.id = f.category_id
                where f.month between date '2058-01-01' and date '2058-02-01' order by f.month, f.count""")) {
            st.setBytes(1, keys.innerPad());
            st.setBytes(2, keys.outerPad());
            List<String> facts = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getBoolean(8)).as("record key of %s %s", rs.getString(1), rs.getString(2)).isTrue();
                    assertThat(rs.getLong(7)).isEqualTo(job.getLong("id"));
                    facts.add(String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5).equals("0") ? "none" : "group", rs.getString(6)));
                }
            }
            assertThat(facts).containsExactly(
                    "2058-01 " + district + " misshandel f none 0",
                    "2058-01 " + district + " misshandel m group 4",
                    "2058-02 " + otherDistrict + " cykelstold t none 1000000000");
        }
    }

    @Test
    void aMonthDeliveredIdenticallyBeforeIsNotRewritten() throws SQLException {
        String march = "2058-03," + district + ",klotter,notRecorded,notRecorded,3\n"
                + "2058-03," + district + ",anlagd-brand,notRecorded,notRecorded,1\n";
        String april = "2058-04," + district + ",klotter,notRecorded,notRecorded,5\n";
        long first = importAndWait(POLICE, HEADER + march + april).getLong("id");

        // April again as it was, March with another figure.
        JsonPath second = importAndWait(POLICE, HEADER + march.replace(",3\n", ",7\n") + april);

        assertThat(second.getString("state")).isEqualTo("succeeded");
        assertThat(second.getInt("report.rowsUnchanged")).isEqualTo(1);
        assertThat(second.getInt("report.rowsStored")).isEqualTo(2);
        assertThat(loads("2058-04")).as("April's facts are the first delivery's").containsOnly(first);
        assertThat(loads("2058-03")).containsOnly(second.getLong("id"));
        assertThat(deliveredBy("2058-04")).isEqualTo(first);
        assertThat(deliveredBy("2058-03")).isEqualTo(second.getLong("id"));
        assertThat(count("2058-03", "skadegorelse")).isEqualTo(8);
        assertThat(count("2058-04", "skadegorelse")).isEqualTo(5);

        // The whole file again: nothing is written at all.
        JsonPath third = importAndWait(POLICE, HEADER + march.replace(",3\n", ",7\n") + april);

        assertThat(third.getString("state")).isEqualTo("succeeded");
        assertThat(third.getInt("report.rowsStored")).isZero();
        assertThat(third.getInt("report.rowsUnchanged")).isEqualTo(3);
        assertThat(third.getList("months")).containsExactly("2058-03", "2058-04");
        assertThat(loads("2058-03")).containsOnly(second.getLong("id"));
        assertThat(loads("2058-04")).containsOnly(first);
        assertThat(facts("2058-03")).isEqualTo(2);
        assertThat(count("2058-03", "skadegorelse")).isEqualTo(8);
    }

    @Test
    void aRepeatedRowOfASkipInvalidFileIsStoredOnceAsItsFirstRow() throws SQLException {
        JsonPath job = importAndWait(POLICE, HEADER
                + "2058-05," + district + ",ran,male,18-24,2\n"
                + "2058-05," + district + ",cykelstold,notRecorded,notRecorded,6\n"
                + "2058-05," + district + ",ran,male,18-24,9\n"
                + "2058-05," + district + ",ran,male,18-24,11\n", "mode", "skip-invalid");

        assertThat(job.getString("state")).isEqualTo("succeeded");
        assertThat(job.getInt("report.rowsStored")).isEqualTo(2);
        assertThat(job.getInt("report.rowsRejected")).isEqualTo(2);
        List<Map<String, Object>> errors = job.getList("report.errors");
        assertThat(errors).extracting(e -> e.get("row")).containsExactly(4, 5);
        assertThat(errors).extracting(e -> e.get("message").toString()).allMatch(m -> m.contains("repeats row 2"));
        assertThat(facts("2058-05")).isEqualTo(2);
        assertThat(count("2058-05", "ran")).isEqualTo(2);
        assertThat(count("2058-05", "brott-mot-person")).isEqualTo(2);
        assertThat(count("2058-05", "stold-tillgrepp")).isEqualTo(6);
        assertThat(loads("2058-05")).containsOnly(job.getLong("id"));
    }

    private long count(String month, String category) {
        return statistics(COORDINATOR, "from", month, "to", month, "area", district, "category", category)
                .getLong("cells[0].count");
    }

    private List<Long> loads(String month) throws SQLException {
        return strings("select distinct load_id from crime_fact where month = date '" + month + "-01'").stream()
                .map(Long::valueOf).toList();
    }

    private long facts(String month) throws SQLException {
        return Long.parseLong(strings("select count(*) from crime_fact where month = date '" + month + "-01'").get(0));
    }

    private long deliveredBy(String month) throws SQLException {
        return Long.parseLong(strings("select import_job_id from crime_delivery where month = date '" + month
                + "-01'").get(0));
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
