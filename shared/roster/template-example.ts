import { Applicant, idCheckChar } from '../model';

const FIRST17 = '21040219900101123';

/** The template's example row: a made-up person (the importer skips a row with this ID number). */
export const TEMPLATE_EXAMPLE: Applicant = Applicant.parse({
  id: 'template-example',
  name: '张示例',
  gender: '男',
  idNumber: FIRST17 + idCheckChar(FIRST17),
  birthMonth: '1990-01',
  ethnicity: '汉族',
  employer: '抚顺市示例设计院（虚构）',
  workStart: '2012-07',
  adminPost: '',
  currentTitle: '工程师',
  currentTitleDate: '2017-12',
  currentPost: '工程师',
  series: '工程',
  specialty: '建筑设计',
  level: '副高级',
  committee: '',
  credentials: [
    {
      id: 'template-example-xl1',
      kind: 'xueli',
      certNo: '190011201205000123',
      school: '北辰理工大学（虚构）',
      major: '建筑学',
      studyMode: '普通全日制',
      enrolDate: '2007-09-01',
      level: '本科',
      gradDate: '2012-07-01',
    },
    {
      id: 'template-example-xw1',
      kind: 'xuewei',
      certNo: '1900142012000123',
      school: '北辰理工大学（虚构）',
      major: '建筑学',
      studyMode: '普通全日制',
      degree: '学士',
      degreeField: '工学',
      degreeDate: '2012-07-01',
    },
  ],
});
