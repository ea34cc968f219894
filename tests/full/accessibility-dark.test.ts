import { defineAccessibilitySweep } from '../support/axeSweep';

// 밝은 테마와 어두운 테마를 두 파일로 나누어 테스트 러너가 두 코어에서 동시에 돌리게 합니다.
defineAccessibilitySweep('dark');
