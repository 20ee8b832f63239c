package se.varna.crimestatistics;

/**
 * The examples the contract shows for the crime-statistics operations, as JSON (SmallRye
 * writes a JSON example as the value it spells) and CSV.
 */
final class CrimeExamples {

    private CrimeExamples() {
    }

    static final String CATEGORY_TREE = """
            {
              "items": [
                {
                  "id": 1,
                  "code": "brott-mot-person",
                  "name": {
                    "sv": "Brott mot person",
                    "en": "Crimes against the person"
                  },
                  "parentCode": null,
                  "validFrom": "2015-01",
                  "validTo": null,
                  "children": [
                    {
                      "id": 2,
                      "code": "misshandel",
                      "name": {
                        "sv": "Misshandel",
                        "en": "Assault"
                      },
                      "parentCode": "brott-mot-person",
                      "validFrom": "2015-01",
                      "validTo": null,
                      "children": []
                    }
                  ]
                }
              ],
              "groups": [
                {
                  "id": 40,
                  "code": "valdsbrott",
                  "name": {
                    "sv": "Våldsbrott",
                    "en": "Violent crime"
                  },
                  "description": {
                    "sv": "Anmälda våldsbrott som Kolada räknar dem (N07403).",
                    "en": "Reported violent crime as Kolada counts it (N07403)."
                  },
                  "sourceReference": "N07403",
                  "members": [
                    "mord-drap",
                    "misshandel",
                    "olaga-hot",
                    "ofredande",
                    "sexualbrott",
                    "ran"
                  ]
                }
              ]
            }""";

    static final String STATISTICS = """
            {
              "from": "2024-01",
              "to": "2024-12",
              "measure": "count",
              "groupBy": [
                "area",
                "category"
              ],
              "exact": false,
              "threshold": 3,
              "demo": true,
              "areas": [
                {
                  "code": "1980-centrum",
                  "name": "Centrum",
                  "parentCode": "1980"
                }
              ],
              "categories": [
                {
                  "code": "misshandel",
                  "name": {
                    "sv": "Misshandel",
                    "en": "Assault"
                  },
                  "group": false
                },
                {
                  "code": "mord-drap",
                  "name": {
                    "sv": "Mord och dråp",
                    "en": "Murder and manslaughter"
                  },
                  "group": false
                }
              ],
              "cells": [
                {
                  "area": "1980-centrum",
                  "category": "misshandel",
                  "period": null,
                  "sex": null,
                  "ageGroup": null,
                  "count": 57,
                  "value": 57,
                  "disclosure": "perturbed",
                  "suppressed": false,
                  "suppressionReason": null,
                  "population": null,
                  "populationYear": null,
                  "previous": {
                    "period": "2023-01/2023-12",
                    "count": 61,
                    "value": 61,
                    "disclosure": "perturbed",
                    "suppressed": false,
                    "suppressionReason": null
                  },
                  "yearEarlier": {
                    "period": "2023-01/2023-12",
                    "count": 61,
                    "value": 61,
                    "disclosure": "perturbed",
                    "suppressed": false,
                    "suppressionReason": null
                  }
                },
                {
                  "area": "1980-centrum",
                  "category": "mord-drap",
                  "period": null,
                  "sex": null,
                  "ageGroup": null,
                  "count": null,
                  "value": null,
                  "disclosure": "suppressed",
                  "suppressed": true,
                  "suppressionReason": "smallCount",
                  "population": null,
                  "populationYear": null,
                  "previous": {
                    "period": "2023-01/2023-12",
                    "count": 0,
                    "value": 0,
                    "disclosure": "exact",
                    "suppressed": false,
                    "suppressionReason": null
                  },
                  "yearEarlier": {
                    "period": "2023-01/2023-12",
                    "count": 0,
                    "value": 0,
                    "disclosure": "exact",
                    "suppressed": false,
                    "suppressionReason": null
                  }
                }
              ]
            }""";

    static final String STATISTICS_CSV = "area,areaName,category,period,sex,ageGroup,measure,count,value,disclosure,suppressed,suppressionReason,population,populationYear,previousPeriod,previousCount,previousValue,previousDisclosure,previousSuppressed,previousSuppressionReason,yearEarlierPeriod,yearEarlierCount,yearEarlierValue,yearEarlierDisclosure,yearEarlierSuppressed,yearEarlierSuppressionReason\r\n"
            + "1980-centrum,Centrum,misshandel,,,,count,57,57,perturbed,false,,,,2023-01/2023-12,61,61,perturbed,false,,2023-01/2023-12,61,61,perturbed,false,\r\n"
            + "1980-centrum,Centrum,mord-drap,,,,count,,,suppressed,true,smallCount,,,2023-01/2023-12,0,0,exact,false,,2023-01/2023-12,0,0,exact,false,\r\n";

    static final String IMPORT_CSV = "month,area,category,sex,ageGroup,count\n"
            + "2025-01,1980-centrum,misshandel,male,18-24,4\n"
            + "2025-01,1980-centrum,misshandel,female,total,1\n";

    static final String IMPORT_QUEUED = """
            {
              "id": 17,
              "state": "queued",
              "source": "polisen",
              "dryRun": false,
              "mode": "all-or-nothing",
              "createdBy": "service-account-polisen-api",
              "createdAt": "2026-01-12T08:15:02Z",
              "startedAt": null,
              "finishedAt": null,
              "rowsExpected": 1000000,
              "rowsRead": 0,
              "progress": 0,
              "months": [],
              "report": null,
              "detail": null
            }""";

    static final String IMPORT_SUCCEEDED = """
            {
              "id": 17,
              "state": "succeeded",
              "source": "polisen",
              "dryRun": false,
              "mode": "all-or-nothing",
              "createdBy": "service-account-polisen-api",
              "createdAt": "2026-01-12T08:15:02Z",
              "startedAt": "2026-01-12T08:15:02Z",
              "finishedAt": "2026-01-12T08:15:05Z",
              "rowsExpected": 2,
              "rowsRead": 2,
              "progress": 1,
              "months": [
                "2025-01"
              ],
              "report": {
                "dryRun": false,
                "mode": "all-or-nothing",
                "encoding": "UTF-8",
                "delimiter": ",",
                "rowsRead": 2,
                "rowsValid": 2,
                "rowsRejected": 0,
                "rowsStored": 2,
                "rowsUnchanged": 0,
                "errors": []
              },
              "detail": null
            }""";
}
